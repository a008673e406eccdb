package vn.langso.learning.control;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import vn.langso.courses.entity.LessonKind;
import vn.langso.kernel.ConflictException;
import vn.langso.kernel.NotFoundException;
import vn.langso.learning.boundary.CourseCompleted;
import vn.langso.learning.entity.Enrolment;

/**
 * Records lessons done and keeps each enrolment's counts for the course's published revision.
 *
 * <p>Under REPEATABLE READ a plain read sees the database as it was at the transaction's first read, which may be
 * before a concurrent "done" of the same member committed; counting from it would lose that lesson. So everything a
 * count depends on is read with locking reads, which see the latest committed rows: the course row (shared, so a
 * publication waits for us or we for it), the enrolment row (exclusive, one writer per enrolment at a time), the
 * revision's lessons and the enrolment's progress. Locks are always taken in that order, course first.
 */
@Dependent
public class ProgressRecorder {

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<CourseCompleted> completed;

    /**
     * Marks the lesson done, once: a second request, also one running at the same moment, finds the row there and
     * changes nothing. Answers the enrolment, locked and with fresh counts.
     */
    public Enrolment markDone(long courseId, long memberId, String lessonKey, LocalDateTime now) {
        return recordDone(courseId, memberId, lessonKey, false, now);
    }

    /**
     * Marks a quiz lesson done because the member passed the quiz: the only way a quiz lesson is done. Inside the
     * grading transaction, after the attempt's row lock; the locks taken here keep the usual order.
     */
    public Enrolment markQuizPassed(long courseId, long memberId, String lessonKey, LocalDateTime now) {
        return recordDone(courseId, memberId, lessonKey, true, now);
    }

    private Enrolment recordDone(long courseId, long memberId, String lessonKey, boolean quiz, LocalDateTime now) {
        long revisionId = lockPublishedRevision(courseId);
        long enrolmentId = lockEnrolment(courseId, memberId);
        requireLesson(revisionId, lessonKey, quiz);
        em.createNativeQuery("insert into lesson_progress (enrolment_id, lesson_key, done_at) values (?, ?, ?)"
                        + " on duplicate key update done_at = done_at")
                .setParameter(1, enrolmentId)
                .setParameter(2, lessonKey)
                .setParameter(3, Timestamp.valueOf(now))
                .executeUpdate();
        return recount(enrolmentId, revisionId, now);
    }

    /** Takes back a lesson done; a completed course stays completed, as the record of it is kept. */
    public Enrolment markNotDone(long courseId, long memberId, String lessonKey, LocalDateTime now) {
        long revisionId = lockPublishedRevision(courseId);
        long enrolmentId = lockEnrolment(courseId, memberId);
        requireLesson(revisionId, lessonKey, false);
        em.createNativeQuery("delete from lesson_progress where enrolment_id = ? and lesson_key = ?")
                .setParameter(1, enrolmentId)
                .setParameter(2, lessonKey)
                .executeUpdate();
        return recount(enrolmentId, revisionId, now);
    }

    /**
     * Enrols the member with counts for the published revision. Two enrolments sent at once both succeed: the unique
     * (course, member) turns the second insert into nothing, and both answer the one enrolment.
     */
    public Enrolment enrol(long courseId, long memberId, LocalDateTime now) {
        long revisionId = lockPublishedRevision(courseId);
        em.createNativeQuery("insert into enrolment (course_id, member_id, enrolled_at, lessons_done,"
                        + " lessons_required, version) values (?, ?, ?, 0, 0, 0) on duplicate key update id = id")
                .setParameter(1, courseId)
                .setParameter(2, memberId)
                .setParameter(3, Timestamp.valueOf(now))
                .executeUpdate();
        return recount(lockEnrolment(courseId, memberId), revisionId, now);
    }

    /**
     * After a publication, inside its transaction: every enrolment of the course counted against the new revision in
     * two statements, however many there are. Nobody completed becomes uncompleted; whoever has now done every
     * required lesson (one was removed) becomes complete.
     */
    public void recountCourse(long courseId, LocalDateTime now) {
        em.flush();
        Long revisionId = publishedRevision(courseId);
        if (revisionId == null) {
            return;
        }
        Number required =
                (Number) em.createNativeQuery("select count(*) from lesson where revision_id = ? and required = true")
                        .setParameter(1, revisionId)
                        .getSingleResult();
        em.createNativeQuery("update enrolment e set e.lessons_required = ?, e.lessons_done = (select count(*)"
                        + " from lesson l join lesson_progress p on p.enrolment_id = e.id and p.lesson_key = l.lesson_key"
                        + " where l.revision_id = ? and l.required = true), e.version = e.version + 1"
                        + " where e.course_id = ?")
                .setParameter(1, required.intValue())
                .setParameter(2, revisionId)
                .setParameter(3, courseId)
                .executeUpdate();
        em.createNativeQuery("update enrolment set completed_at = ?, version = version + 1 where course_id = ?"
                        + " and completed_at is null and lessons_required > 0 and lessons_done >= lessons_required")
                .setParameter(1, Timestamp.valueOf(now))
                .setParameter(2, courseId)
                .executeUpdate();
    }

    private Enrolment recount(long enrolmentId, long revisionId, LocalDateTime now) {
        Object[] counts = (Object[])
                em.createNativeQuery("select count(*), count(p.lesson_key) from lesson l left join lesson_progress p"
                                + " on p.enrolment_id = ? and p.lesson_key = l.lesson_key"
                                + " where l.revision_id = ? and l.required = true lock in share mode")
                        .setParameter(1, enrolmentId)
                        .setParameter(2, revisionId)
                        .getSingleResult();
        Enrolment enrolment = em.createQuery("select e from Enrolment e where e.id = :id", Enrolment.class)
                .setParameter("id", enrolmentId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getSingleResult();
        // An enrolment already read in this transaction keeps its older state through the query: read it again.
        em.refresh(enrolment, LockModeType.PESSIMISTIC_WRITE);
        boolean wasComplete = enrolment.getCompletedAt() != null;
        enrolment.recordProgress(((Number) counts[1]).intValue(), ((Number) counts[0]).intValue(), now);
        if (!wasComplete && enrolment.getCompletedAt() != null) {
            completed.fire(new CourseCompleted(
                    enrolment.getMember().getId(), enrolment.getCourse().getId(), now));
        }
        return enrolment;
    }

    private long lockPublishedRevision(long courseId) {
        List<?> found = em.createNativeQuery(
                        "select published_revision_id from course where id = ? and status <> 'DRAFT' lock in share mode")
                .setParameter(1, courseId)
                .getResultList();
        if (found.isEmpty() || found.get(0) == null) {
            throw new NotFoundException();
        }
        return ((Number) found.get(0)).longValue();
    }

    private Long publishedRevision(long courseId) {
        List<?> found = em.createNativeQuery("select published_revision_id from course where id = ?")
                .setParameter(1, courseId)
                .getResultList();
        return found.isEmpty() || found.get(0) == null ? null : ((Number) found.get(0)).longValue();
    }

    private long lockEnrolment(long courseId, long memberId) {
        List<?> found = em.createNativeQuery(
                        "select id from enrolment where course_id = ? and member_id = ? for update")
                .setParameter(1, courseId)
                .setParameter(2, memberId)
                .getResultList();
        if (found.isEmpty()) {
            throw new ConflictException("learning.notEnrolled");
        }
        return ((Number) found.get(0)).longValue();
    }

    /** A quiz lesson is done by passing its quiz, never by hand, and taken back by nobody. */
    private void requireLesson(long revisionId, String lessonKey, boolean byQuiz) {
        List<?> found = em.createNativeQuery(
                        "select kind from lesson where revision_id = ? and lesson_key = ? lock in share mode")
                .setParameter(1, revisionId)
                .setParameter(2, lessonKey)
                .getResultList();
        if (found.isEmpty()) {
            throw new NotFoundException();
        }
        if (byQuiz != LessonKind.QUIZ.name().equals(found.get(0))) {
            throw new ConflictException(byQuiz ? "learning.notAQuiz" : "learning.quizDoneByPassing");
        }
    }
}
