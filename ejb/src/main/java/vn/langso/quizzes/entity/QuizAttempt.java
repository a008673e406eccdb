package vn.langso.quizzes.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One attempt of a member at a quiz. It is inserted with plain SQL (see the attempt starter) so that a start sent
 * twice makes one; the entity grades and reads it.
 */
@Entity
public class QuizAttempt {

    @Id
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Quiz quiz;

    private long memberId;

    private int number;

    @JdbcTypeCode(SqlTypes.VARCHAR)
    private AttemptStatus status;

    private LocalDateTime startedAt;

    private LocalDateTime deadlineAt;

    private LocalDateTime submittedAt;

    private BigDecimal points;

    private BigDecimal percent;

    private Boolean passed;

    @Version
    private long version;

    protected QuizAttempt() {}

    public void grade(AttemptStatus closedAs, BigDecimal points, BigDecimal percent, boolean passed, LocalDateTime at) {
        this.status = closedAs;
        this.points = points;
        this.percent = percent;
        this.passed = passed;
        this.submittedAt = at;
    }

    /** Whether an answer may still be saved at {@code now}: open, and not later than its deadline plus the grace. */
    public boolean acceptsAnswersAt(LocalDateTime now, java.time.Duration grace) {
        return status == AttemptStatus.IN_PROGRESS && (deadlineAt == null || !now.isAfter(deadlineAt.plus(grace)));
    }

    public Long getId() {
        return id;
    }

    public Quiz getQuiz() {
        return quiz;
    }

    public long getMemberId() {
        return memberId;
    }

    public int getNumber() {
        return number;
    }

    public AttemptStatus getStatus() {
        return status;
    }

    public LocalDateTime getStartedAt() {
        return startedAt;
    }

    public LocalDateTime getDeadlineAt() {
        return deadlineAt;
    }

    public LocalDateTime getSubmittedAt() {
        return submittedAt;
    }

    public BigDecimal getPoints() {
        return points;
    }

    public BigDecimal getPercent() {
        return percent;
    }

    public Boolean getPassed() {
        return passed;
    }
}
