package vn.langso.scheduling.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.LocalDateTime;
import vn.langso.scheduling.boundary.JobSummary;
import vn.langso.scheduling.entity.JobRun;

/**
 * Writes the job_run rows, each in a transaction of its own: a job that fails rolls back its own work, never the
 * record that it ran and how it failed. A job that runs every half minute writes thousands of rows a day, so each
 * start also forgets that job's runs older than {@value #KEEP_DAYS} days.
 */
@ApplicationScoped
@Transactional(TxType.REQUIRES_NEW)
public class JobRunRecorder {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    static final int KEEP_DAYS = 90;

    public long started(String jobName, String node) {
        em.createQuery("delete from JobRun r where r.jobName = :name and r.startedAt < :before")
                .setParameter("name", jobName)
                .setParameter("before", now().minusDays(KEEP_DAYS))
                .executeUpdate();
        JobRun run = new JobRun(jobName, node, now());
        em.persist(run);
        em.flush();
        return run.getId();
    }

    public void succeeded(long runId, JobSummary summary) {
        em.find(JobRun.class, runId)
                .succeeded(
                        now(),
                        summary == null ? null : summary.key(),
                        summary == null ? null : JobRunTexts.args(summary.args()));
    }

    public void failed(long runId, Throwable failure) {
        em.find(JobRun.class, runId).failed(now(), JobRunTexts.error(failure));
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
