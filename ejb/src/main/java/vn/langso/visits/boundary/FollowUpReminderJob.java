package vn.langso.visits.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.langso.scheduling.boundary.JobSummary;
import vn.langso.scheduling.boundary.PeriodicJob;
import vn.langso.scheduling.control.DailyTime;

/** Every morning ({@code LANGSO_FOLLOWUP_JOB_TIME}, 06:30 Vietnam time by default) reminds members of follow-ups due. */
@ApplicationScoped
public class FollowUpReminderJob implements PeriodicJob {

    public static final String NAME = "follow-up-reminders";
    public static final String SUMMARY = "jobs.follow-up-reminders.summary";

    @Inject
    FollowUpReminders reminders;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String cronExpression() {
        return DailyTime.cron("langso.followup.job.time", "LANGSO_FOLLOWUP_JOB_TIME", "06:30");
    }

    @Override
    public JobSummary run() {
        return JobSummary.of(SUMMARY, reminders.remindDue());
    }
}
