package vn.langso.learning.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import vn.langso.courses.control.CourseAccess;
import vn.langso.courses.entity.Course;
import vn.langso.courses.entity.CourseStatus;
import vn.langso.kernel.ListQuery;
import vn.langso.kernel.LocalDates;
import vn.langso.kernel.NotFoundException;
import vn.langso.kernel.Page;
import vn.langso.kernel.PageRequest;
import vn.langso.learning.control.LearnerRecords;
import vn.langso.learning.control.ProgressRecorder;
import vn.langso.learning.entity.Enrolment;
import vn.langso.org.entity.Member;

/**
 * A member's own learning: enrol in a published course, open lessons (where to resume), mark them done. Every call
 * is idempotent: enrolling twice or marking a lesson done twice, even at the same moment, changes nothing more.
 */
@Stateless
@RolesAllowed("MEMBER")
public class Learning {

    static final Map<String, String> SORTABLE = Map.of(
            "courseTitle", "r.title",
            "enrolledAt", "e.enrolledAt",
            "dueOn", "e.dueOn",
            "percent", "e.lessonsDone",
            "completedAt", "e.completedAt");

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    CourseAccess access;

    @Inject
    LearnerRecords learners;

    @Inject
    ProgressRecorder recorder;

    @Inject
    Clock clock;

    /** Enrols the caller; an existing enrolment is answered as it is. Only a published course takes new learners. */
    public EnrolmentView enrol(long courseId) {
        Member member = member();
        Course course = access.visible(username(), courseId);
        Long existing = learners.enrolmentId(courseId, member.getId());
        if (existing != null) {
            return learners.view(existing, today());
        }
        if (course.getStatus() != CourseStatus.PUBLISHED || course.getPublishedRevision() == null) {
            throw new NotFoundException();
        }
        Enrolment enrolment = recorder.enrol(courseId, member.getId(), now());
        return LearnerRecords.view(enrolment, course, today());
    }

    /** The caller's courses, those in progress first, then the most recent. */
    public Page<EnrolmentView> myEnrolments(PageRequest request) {
        Member member = member();
        Page<EnrolmentView> page = new ListQuery<EnrolmentView>(
                        LearnerRecords.VIEW,
                        LearnerRecords.FROM,
                        SORTABLE,
                        "case when e.completedAt is null then 0 else 1 end, e.enrolledAt desc, e.id desc")
                .where("e.member.id = :member", "member", member.getId())
                .page(em, EnrolmentView.class, request);
        LocalDate today = today();
        return new Page<>(
                page.items().stream().map(v -> v.asOf(today)).toList(), page.total(), page.page(), page.size());
    }

    /** The caller's enrolment in the course, or null when they are not enrolled. */
    public EnrolmentView enrolment(long courseId) {
        access.visible(username(), courseId);
        Long id = learners.enrolmentId(courseId, member().getId());
        return id == null ? null : learners.view(id, today());
    }

    /** Remembers the lesson the caller opened, so that "Continue" brings them back to it. */
    public void open(long courseId, String lessonKey) {
        Member member = member();
        Course course = access.visible(username(), courseId);
        if (course.getPublishedRevision() == null) {
            throw new NotFoundException();
        }
        boolean inCourse = !em.createQuery(
                        "select l.id from Lesson l where l.revision = :revision and l.lessonKey = :key", Long.class)
                .setParameter("revision", course.getPublishedRevision())
                .setParameter("key", lessonKey)
                .getResultList()
                .isEmpty();
        if (!inCourse) {
            throw new NotFoundException();
        }
        // A bulk update, without the version check: it must never fail a "done" sent at the same time.
        em.createQuery("update Enrolment e set e.lastLessonKey = :key where e.course.id = :course"
                        + " and e.member.id = :member")
                .setParameter("key", lessonKey)
                .setParameter("course", courseId)
                .setParameter("member", member.getId())
                .executeUpdate();
    }

    /**
     * Marks a lesson of the published revision done and answers the enrolment's new state; 404 for a lesson not in
     * it, 409 when the caller is not enrolled. Sent twice, the second answers the same and changes nothing.
     */
    public EnrolmentView markDone(long courseId, String lessonKey) {
        Member member = member();
        Course course = access.visible(username(), courseId);
        Enrolment enrolment = recorder.markDone(courseId, member.getId(), lessonKey, now());
        return LearnerRecords.view(enrolment, course, today());
    }

    public EnrolmentView markNotDone(long courseId, String lessonKey) {
        Member member = member();
        Course course = access.visible(username(), courseId);
        Enrolment enrolment = recorder.markNotDone(courseId, member.getId(), lessonKey, now());
        return LearnerRecords.view(enrolment, course, today());
    }

    private Member member() {
        return learners.member(access.caller(username()));
    }

    /** To the microsecond the database keeps, so that an answer read back later is the same answer. */
    private LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
    }

    private LocalDate today() {
        return LocalDates.today(clock);
    }

    private String username() {
        return session.getCallerPrincipal().getName();
    }
}
