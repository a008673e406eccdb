package vn.langso.sessions.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.langso.scheduling.boundary.JobSummary;
import vn.langso.scheduling.boundary.PeriodicJob;

/**
 * Every five minutes: the repeating series planned a season ahead, then the facilitators' reminders that fell due.
 * One clustered Quartz job for all of them, never a trigger per session.
 */
@ApplicationScoped
public class VillageSessionsJob implements PeriodicJob {

    @Inject
    SessionHorizon horizon;

    @Inject
    SessionReminders reminders;

    @Override
    public String name() {
        return "village-sessions";
    }

    @Override
    public String cronExpression() {
        return "0 0/5 * * * ?";
    }

    @Override
    public JobSummary run() {
        int planned = horizon.extendAll();
        return JobSummary.of("sessions.job.summary", planned, reminders.sendDue());
    }
}
