package vn.langso.scheduling.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDateTime;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One run of a periodic job on one node: RUNNING while it works, then SUCCEEDED with its summary or FAILED with the
 * error. A run whose node died stays RUNNING; the admin sees that, and the recovered firing writes a run of its own.
 */
@Entity
public class JobRun {

    public static final int ERROR_LENGTH = 2000;
    public static final int ARGS_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String jobName;

    private String node;

    private LocalDateTime startedAt;

    private LocalDateTime finishedAt;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private JobOutcome outcome;

    private String summaryKey;

    private String summaryArgs;

    private String error;

    protected JobRun() {}

    public JobRun(String jobName, String node, LocalDateTime startedAt) {
        this.jobName = jobName;
        this.node = node;
        this.startedAt = startedAt;
        this.outcome = JobOutcome.RUNNING;
    }

    public void succeeded(LocalDateTime at, String summaryKey, String summaryArgs) {
        this.finishedAt = at;
        this.outcome = JobOutcome.SUCCEEDED;
        this.summaryKey = summaryKey;
        this.summaryArgs = summaryArgs;
    }

    public void failed(LocalDateTime at, String error) {
        this.finishedAt = at;
        this.outcome = JobOutcome.FAILED;
        this.error = error;
    }

    public Long getId() {
        return id;
    }

    public String getJobName() {
        return jobName;
    }

    public String getNode() {
        return node;
    }

    public LocalDateTime getStartedAt() {
        return startedAt;
    }

    public LocalDateTime getFinishedAt() {
        return finishedAt;
    }

    public JobOutcome getOutcome() {
        return outcome;
    }

    public String getSummaryKey() {
        return summaryKey;
    }

    public String getSummaryArgs() {
        return summaryArgs;
    }

    public String getError() {
        return error;
    }
}
