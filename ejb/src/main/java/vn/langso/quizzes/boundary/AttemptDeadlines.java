package vn.langso.quizzes.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import vn.langso.quizzes.control.AttemptGrading;
import vn.langso.quizzes.entity.AttemptStatus;

/**
 * Submits the attempts left open past their deadline (and its grace), with the answers saved so far: the learner
 * closed the page, lost the signal or ran out of battery. Each attempt in its own transaction, so one that fails
 * does not hold back the others; an attempt the learner submits at the same moment is graded once.
 */
@Stateless
public class AttemptDeadlines {

    /** Attempts closed per run at most; the next run, seconds later, takes the rest. */
    static final int BATCH = 500;

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    AttemptGrading grading;

    @Inject
    Clock clock;

    /** Answers how many attempts it closed. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int closeOverdue() {
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
        List<Long> overdue = em.createQuery(
                        "select a.id from QuizAttempt a where a.status = :open and a.deadlineAt < :latest"
                                + " order by a.deadlineAt",
                        Long.class)
                .setParameter("open", AttemptStatus.IN_PROGRESS)
                .setParameter("latest", now.minus(Attempts.GRACE))
                .setMaxResults(BATCH)
                .getResultList();
        AttemptDeadlines self = session.getBusinessObject(AttemptDeadlines.class);
        int closed = 0;
        for (Long id : overdue) {
            if (self.close(id, now)) {
                closed++;
            }
        }
        return closed;
    }

    /** Whether this call closed it (false: the learner submitted it meanwhile). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean close(long attemptId, LocalDateTime now) {
        return grading.close(attemptId, AttemptStatus.AUTO_SUBMITTED, now).gradedNow();
    }
}
