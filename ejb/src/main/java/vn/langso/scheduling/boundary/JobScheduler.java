package vn.langso.scheduling.boundary;

import jakarta.annotation.PreDestroy;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SchedulerMetaData;
import org.quartz.impl.StdSchedulerFactory;
import vn.langso.scheduling.control.CdiJobFactory;
import vn.langso.scheduling.control.QuartzSettings;

/**
 * Owns the one Quartz scheduler of this server. Starting it inside a JTA transaction deadlocks on
 * {@code QRTZ_LOCKS}, hence {@code NOT_SUPPORTED}.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class JobScheduler {

    private static final Logger LOG = Logger.getLogger(JobScheduler.class.getName());

    @Inject
    BeanManager beanManager;

    private Scheduler scheduler;

    public void start() {
        try {
            scheduler = new StdSchedulerFactory(QuartzSettings.clusteredJdbcStore()).getScheduler();
            scheduler.setJobFactory(new CdiJobFactory(beanManager));
            scheduler.start();
            LOG.info(() -> "Scheduler started: " + status());
        } catch (SchedulerException e) {
            throw new IllegalStateException("LangSo stops: the scheduler did not start", e);
        }
    }

    @Lock(LockType.READ)
    public SchedulerStatus status() {
        try {
            if (scheduler == null || !scheduler.isStarted() || scheduler.isShutdown()) {
                return SchedulerStatus.notStarted();
            }
            SchedulerMetaData metaData = scheduler.getMetaData();
            return new SchedulerStatus(
                    true,
                    metaData.isJobStoreClustered(),
                    metaData.getSchedulerInstanceId(),
                    metaData.getJobStoreClass().getSimpleName());
        } catch (SchedulerException e) {
            return SchedulerStatus.notStarted();
        }
    }

    @PreDestroy
    void stop() {
        if (scheduler != null) {
            try {
                scheduler.shutdown(true);
            } catch (SchedulerException e) {
                LOG.warning(() -> "Scheduler did not shut down cleanly: " + e.getMessage());
            }
        }
    }
}
