package vn.langso.scheduling;

import jakarta.enterprise.context.ApplicationScoped;
import vn.langso.scheduling.boundary.JobSummary;
import vn.langso.scheduling.boundary.PeriodicJob;

/** A job of the test deployment only, scheduled never to fire by itself (2099): it runs when asked. */
@ApplicationScoped
public class SucceedingTestJob implements PeriodicJob {

    public static final String NAME = "test-succeeding";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String cronExpression() {
        return "0 0 3 1 1 ? 2099";
    }

    @Override
    public JobSummary run() {
        return JobSummary.of("jobs.certificate-expiry.summary", 7, 3, 1);
    }
}
