package vn.langso.learning.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.langso.accounts.entity.Account;
import vn.langso.courses.entity.Course;
import vn.langso.kernel.ConflictException;
import vn.langso.learning.boundary.EnrolmentView;
import vn.langso.learning.entity.Enrolment;
import vn.langso.org.entity.Member;

/** A learner's enrolments, read as views; a learner is an account linked to a team member. */
@Dependent
public class LearnerRecords {

    public static final String VIEW = "select new vn.langso.learning.boundary.EnrolmentView(c.id, r.title, c.status,"
            + " e.enrolledAt, e.lessonsDone, e.lessonsRequired, e.completedAt, e.dueOn, lastLesson.lessonKey)";
    /**
     * The last lesson opened only while the published revision still has it: a later revision may have removed it,
     * and a "Continue" straight to it would then be a dead link.
     */
    public static final String FROM = "from Enrolment e join e.course c left join c.publishedRevision r"
            + " left join Lesson lastLesson on lastLesson.revision = r and lastLesson.lessonKey = e.lastLessonKey";

    @PersistenceContext
    EntityManager em;

    /** The member the account belongs to; an account of no member has nothing to learn with. */
    public Member member(Account account) {
        if (account.getMember() == null) {
            throw new ConflictException("learning.noMember");
        }
        return account.getMember();
    }

    public Long enrolmentId(long courseId, long memberId) {
        List<Long> found = em.createQuery(
                        "select e.id from Enrolment e where e.course.id = :course and e.member.id = :member",
                        Long.class)
                .setParameter("course", courseId)
                .setParameter("member", memberId)
                .getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    public EnrolmentView view(long enrolmentId, LocalDate today) {
        return em.createQuery(VIEW + " " + FROM + " where e.id = :id", EnrolmentView.class)
                .setParameter("id", enrolmentId)
                .getSingleResult()
                .asOf(today);
    }

    /** From an enrolment just written under a lock, rather than from a read that may predate the lock. */
    public static EnrolmentView view(Enrolment enrolment, Course course, LocalDate today) {
        return new EnrolmentView(
                        course.getId(),
                        course.getPublishedRevision() == null
                                ? null
                                : course.getPublishedRevision().getTitle(),
                        course.getStatus(),
                        enrolment.getEnrolledAt(),
                        enrolment.getLessonsDone(),
                        enrolment.getLessonsRequired(),
                        enrolment.getCompletedAt(),
                        enrolment.getDueOn(),
                        enrolment.getLastLessonKey())
                .asOf(today);
    }

    /** The member's enrolments in these courses, by course id. */
    public Map<Long, EnrolmentView> views(long memberId, Collection<Long> courseIds, LocalDate today) {
        Map<Long, EnrolmentView> views = new HashMap<>();
        if (!courseIds.isEmpty()) {
            em.createQuery(VIEW + " " + FROM + " where e.member.id = :member and c.id in :courses", EnrolmentView.class)
                    .setParameter("member", memberId)
                    .setParameter("courses", courseIds)
                    .getResultList()
                    .forEach(view -> views.put(view.courseId(), view.asOf(today)));
        }
        return views;
    }
}
