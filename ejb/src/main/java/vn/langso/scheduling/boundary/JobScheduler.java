package vn.langso.scheduling.boundary;

import jakarta.annotation.PreDestroy;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.logging.Logger;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SchedulerMetaData;
import org.quartz.Trigger;
import org.quartz.impl.StdSchedulerFactory;
import vn.langso.kernel.NotFoundException;
import vn.langso.scheduling.control.CdiJobFactory;
import vn.langso.scheduling.control.JobPlan;
import vn.langso.scheduling.control.QuartzSettings;

/**
 * Owns the one Quartz scheduler of this server and keeps the stored schedule in step with the {@link PeriodicJob}
 * beans of this build. Starting it inside a JTA transaction deadlocks on {@code QRTZ_LOCKS}, hence
 * {@code NOT_SUPPORTED}; Quartz's own calls (schedule, trigger) then run in Quartz's transactions.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class JobScheduler {

    private static final Logger LOG = Logger.getLogger(JobScheduler.class.getName());

    @Inject
    BeanManager beanManager;

    @Inject
    @Any
    Instance<PeriodicJob> jobs;

    private Scheduler scheduler;

    public void start() {
        try {
            scheduler = new StdSchedulerFactory(QuartzSettings.clusteredJdbcStore()).getScheduler();
            scheduler.setJobFactory(new CdiJobFactory(beanManager));
            List<PeriodicJob> periodic = new ArrayList<>();
            jobs.forEach(periodic::add);
            JobPlan.apply(scheduler, periodic);
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

    /** The jobs of this build with their stored triggers, by name. */
    @Lock(LockType.READ)
    public List<JobTrigger> triggers() {
        List<JobTrigger> triggers = new ArrayList<>();
        for (PeriodicJob job : jobs) {
            try {
                Trigger trigger = scheduler == null ? null : scheduler.getTrigger(JobPlan.triggerKey(job.name()));
                triggers.add(new JobTrigger(
                        job.name(), job.cronExpression(), trigger == null ? null : utc(trigger.getNextFireTime())));
            } catch (SchedulerException e) {
                throw new IllegalStateException("The schedule cannot be read", e);
            }
        }
        triggers.sort(Comparator.comparing(JobTrigger::name));
        return triggers;
    }

    /** Fires the job at once, on whichever node is free; it still never runs beside its own scheduled firing. */
    @Lock(LockType.READ)
    public void runNow(String name) {
        try {
            if (scheduler == null || !scheduler.checkExists(JobPlan.jobKey(name))) {
                throw new NotFoundException();
            }
            scheduler.triggerJob(JobPlan.jobKey(name));
        } catch (SchedulerException e) {
            throw new IllegalStateException("Job " + name + " could not be fired", e);
        }
    }

    private static LocalDateTime utc(Date time) {
        return time == null ? null : LocalDateTime.ofInstant(time.toInstant(), ZoneOffset.UTC);
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
