package vn.langso.scheduling.control;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.TimeZone;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.quartz.CronScheduleBuilder;
import org.quartz.CronTrigger;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.quartz.impl.matchers.GroupMatcher;
import vn.langso.kernel.LocalDates;
import vn.langso.scheduling.boundary.PeriodicJob;

/**
 * Makes Quartz's stored schedule match the periodic jobs this build has: one durable job and one cron trigger per
 * job name, in Vietnam's time zone. A trigger whose cron changed is replaced, one that did not is left alone (so its
 * next firing stays as the cluster computed it), and a job this build no longer has is removed.
 */
public final class JobPlan {

    public static final String GROUP = "langso";
    public static final TimeZone ZONE = TimeZone.getTimeZone(LocalDates.VIETNAM);

    private static final Logger LOG = Logger.getLogger(JobPlan.class.getName());

    private JobPlan() {}

    public static void apply(Scheduler scheduler, Collection<PeriodicJob> jobs) throws SchedulerException {
        for (PeriodicJob job : jobs) {
            schedule(scheduler, job.name(), job.cronExpression());
        }
        Set<String> names = jobs.stream().map(PeriodicJob::name).collect(Collectors.toSet());
        for (JobKey stored : scheduler.getJobKeys(GroupMatcher.jobGroupEquals(GROUP))) {
            if (!names.contains(stored.getName())) {
                scheduler.deleteJob(stored);
                LOG.info(() -> "Job " + stored.getName() + " removed: this build no longer has it");
            }
        }
    }

    static void schedule(Scheduler scheduler, String name, String cron) throws SchedulerException {
        Trigger stored = scheduler.getTrigger(triggerKey(name));
        if (scheduler.checkExists(jobKey(name)) && unchanged(stored, cron)) {
            return;
        }
        JobDetail detail = JobBuilder.newJob(PeriodicJobRunner.class)
                .withIdentity(jobKey(name))
                .storeDurably()
                // A firing cut short by a dying node runs again on another: jobs are idempotent.
                .requestRecovery()
                .build();
        Trigger trigger = TriggerBuilder.newTrigger()
                .withIdentity(triggerKey(name))
                .forJob(detail)
                .withSchedule(cron(name, cron))
                .build();
        scheduler.scheduleJob(detail, Set.of(trigger), true);
        LOG.info(() -> "Job " + name + " scheduled: " + cron + " (" + ZONE.getID() + ")");
    }

    static boolean unchanged(Trigger stored, String cron) {
        return stored instanceof CronTrigger cronTrigger
                && cronTrigger.getCronExpression().equals(cron)
                && cronTrigger.getTimeZone().getID().equals(ZONE.getID());
    }

    /** A firing missed while every node was down runs once when one comes back, not once per missed firing. */
    static CronScheduleBuilder cron(String name, String cron) {
        try {
            return CronScheduleBuilder.cronSchedule(cron)
                    .inTimeZone(ZONE)
                    .withMisfireHandlingInstructionFireAndProceed();
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("Job " + name + " has no valid cron expression: " + cron, e);
        }
    }

    public static JobKey jobKey(String name) {
        return JobKey.jobKey(name, GROUP);
    }

    public static TriggerKey triggerKey(String name) {
        return TriggerKey.triggerKey(name, GROUP);
    }

    public static Optional<PeriodicJob> named(Iterable<PeriodicJob> jobs, String name) {
        return StreamSupport.stream(jobs.spliterator(), false)
                .filter(job -> job.name().equals(name))
                .findFirst();
    }
}
