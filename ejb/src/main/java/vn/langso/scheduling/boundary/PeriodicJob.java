package vn.langso.scheduling.boundary;

/**
 * Work that Quartz runs on a schedule. Implementations are {@code @ApplicationScoped} CDI beans; the scheduler finds
 * them all when it starts and keeps one Quartz job per {@link #name()}. The schedule is clustered, so each firing
 * runs on one node only; still, {@link #run()} must be idempotent, as a firing may be retried after a node dies.
 */
public interface PeriodicJob {

    /** Stable name: the Quartz job key, and the text key {@code jobs.<name>.title} on the admin's job page. */
    String name();

    /** When it runs, as a Quartz cron expression (seconds first), usually read from the configuration. */
    String cronExpression();

    /** Does the work, in transactions of its own, and says what it did. */
    JobSummary run();
}
