package vn.langso.scheduling;

import jakarta.enterprise.context.ApplicationScoped;
import vn.langso.scheduling.boundary.JobSummary;
import vn.langso.scheduling.boundary.PeriodicJob;

/** A job of the test deployment only that always fails, as a job whose database is down would. */
@ApplicationScoped
public class FailingTestJob implements PeriodicJob {

    public static final String NAME = "test-failing";
    public static final String ERROR = "the test job fails on purpose";

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
        throw new IllegalStateException(ERROR);
    }
}
