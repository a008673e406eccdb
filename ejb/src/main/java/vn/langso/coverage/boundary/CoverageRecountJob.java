package vn.langso.coverage.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.langso.scheduling.boundary.JobSummary;
import vn.langso.scheduling.boundary.PeriodicJob;
import vn.langso.scheduling.control.DailyTime;

/**
 * Every night ({@code LANGSO_COVERAGE_RECOUNT_TIME}, 02:30 Vietnam time by default) recounts coverage from the raw
 * rows and records any drift from the counters the writes kept.
 */
@ApplicationScoped
public class CoverageRecountJob implements PeriodicJob {

    public static final String NAME = "coverage-recount";

    @Inject
    CoverageRecount recount;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String cronExpression() {
        return DailyTime.cron("langso.coverage.recount.time", "LANGSO_COVERAGE_RECOUNT_TIME", "02:30");
    }

    @Override
    public JobSummary run() {
        CoverageRecount.Outcome outcome = recount.recountAll();
        return JobSummary.of(
                "jobs.coverage-recount.summary", outcome.hamlets(), outcome.households(), outcome.drifted());
    }
}
