package vn.langso.scheduling.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import vn.langso.kernel.NotFoundException;
import vn.langso.scheduling.control.JobRunTexts;
import vn.langso.scheduling.entity.JobRun;

/** The admin's view of the periodic jobs: what is scheduled when, how the runs went, and a run at once. */
@Stateless
@RolesAllowed("ADMIN")
public class ScheduledJobs {

    static final int RECENT_RUNS = 10;

    @PersistenceContext
    EntityManager em;

    @Inject
    JobScheduler scheduler;

    public List<JobView> jobs() {
        return scheduler.triggers().stream()
                .map(trigger -> {
                    List<JobRunView> runs = recentRuns(trigger.name(), RECENT_RUNS);
                    return new JobView(
                            trigger.name(),
                            trigger.cronExpression(),
                            trigger.nextFireAt(),
                            runs.isEmpty() ? null : runs.get(0),
                            runs);
                })
                .toList();
    }

    /** The newest runs first. */
    public List<JobRunView> recentRuns(String name, int limit) {
        return em
                .createQuery(
                        "select r from JobRun r where r.jobName = :name order by r.startedAt desc, r.id desc",
                        JobRun.class)
                .setParameter("name", name)
                .setMaxResults(Math.min(Math.max(limit, 1), 100))
                .getResultList()
                .stream()
                .map(ScheduledJobs::view)
                .toList();
    }

    public void runNow(String name) {
        if (scheduler.triggers().stream().noneMatch(trigger -> trigger.name().equals(name))) {
            throw new NotFoundException();
        }
        scheduler.runNow(name);
    }

    static JobRunView view(JobRun run) {
        return new JobRunView(
                run.getId(),
                run.getNode(),
                run.getStartedAt(),
                run.getFinishedAt(),
                run.getOutcome().name(),
                run.getSummaryKey(),
                JobRunTexts.args(run.getSummaryArgs()),
                run.getError());
    }
}
