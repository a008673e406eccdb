package vn.langso.quizzes.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.langso.scheduling.boundary.JobSummary;
import vn.langso.scheduling.boundary.PeriodicJob;

/** Every 30 seconds: attempts still open past their deadline are submitted with what was saved. */
@ApplicationScoped
public class AttemptDeadlineJob implements PeriodicJob {

    @Inject
    AttemptDeadlines deadlines;

    @Override
    public String name() {
        return "quiz-attempt-deadlines";
    }

    @Override
    public String cronExpression() {
        return "0/30 * * * * ?";
    }

    @Override
    public JobSummary run() {
        return JobSummary.of("attempts.job.closed", deadlines.closeOverdue());
    }
}
