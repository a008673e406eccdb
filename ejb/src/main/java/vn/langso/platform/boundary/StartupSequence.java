package vn.langso.platform.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import vn.langso.coverage.boundary.CoverageRecount;
import vn.langso.demo.boundary.DemoFieldWork;
import vn.langso.demo.boundary.DemoMode;
import vn.langso.demo.boundary.InitialData;
import vn.langso.platform.control.ApplicationVersion;
import vn.langso.scheduling.boundary.JobScheduler;

/**
 * The start-up chain after the schema migration (which runs as the persistence unit boots): initial data, the
 * first count of coverage when it was never counted, then the scheduler. A failure here fails the deployment; LangSo never runs half-started.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class StartupSequence {

    private static final Logger LOG = Logger.getLogger(StartupSequence.class.getName());

    @Inject
    InitialData initialData;

    @Inject
    CoverageRecount coverage;

    @Inject
    DemoFieldWork fieldWork;

    @Inject
    JobScheduler scheduler;

    @PostConstruct
    void start() {
        DemoMode mode = DemoMode.configured();
        if (initialData.prepare(mode) && mode == DemoMode.PROVINCE) {
            fieldWork.writeHistoryThenCount();
        } else {
            coverage.countFirstTimeIfNeeded();
        }
        scheduler.start();
        LOG.info(() -> "LangSo " + ApplicationVersion.current() + " started");
    }
}
