package vn.langso.scheduling.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.SchedulerException;
import vn.langso.scheduling.boundary.JobSummary;
import vn.langso.scheduling.boundary.PeriodicJob;

/**
 * The one Quartz job class: finds the {@link PeriodicJob} named by the job key, runs it and records the run.
 * {@code DisallowConcurrentExecution} holds per job key, across the cluster: a "run now" while the night's firing
 * runs waits for it instead of running beside it.
 */
@ApplicationScoped
@DisallowConcurrentExecution
public class PeriodicJobRunner implements Job {

    private static final Logger LOG = Logger.getLogger(PeriodicJobRunner.class.getName());

    @Inject
    @Any
    Instance<PeriodicJob> jobs;

    @Inject
    JobRunRecorder recorder;

    @Override
    public void execute(JobExecutionContext context) throws JobExecutionException {
        String name = context.getJobDetail().getKey().getName();
        PeriodicJob job =
                JobPlan.named(jobs, name).orElseThrow(() -> new JobExecutionException("No periodic job named " + name));
        long runId = recorder.started(name, node(context));
        JobSummary summary;
        try {
            summary = job.run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, e, () -> "Job " + name + " failed");
            recorder.failed(runId, e);
            throw new JobExecutionException(e, false);
        }
        recorder.succeeded(runId, summary);
    }

    private static String node(JobExecutionContext context) {
        try {
            return context.getScheduler().getSchedulerInstanceId();
        } catch (SchedulerException e) {
            return "?";
        }
    }
}
