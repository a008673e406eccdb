package vn.langso.learning.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import vn.langso.courses.entity.Course;
import vn.langso.learning.boundary.AssignmentPreview;
import vn.langso.learning.entity.CourseAssignment;

/**
 * Enrols a target's members in one statement each way, so that a province of 8,000 takes seconds, not a loop of
 * entities: an {@code INSERT ... SELECT} for the members not yet enrolled, an {@code UPDATE ... JOIN} giving the
 * others the due date when they had none or a later one. A member counts when their team membership is open and
 * the team active: a disbanded team keeps its rows for history but is given no more courses.
 * Running it twice enrols nobody twice: the insert skips enrolled members and the update skips earlier dates.
 */
@Dependent
public class AssignmentEnrolment {

    static final String MEMBERS = " from team_membership m join team t on t.id = m.team_id"
            + " join admin_unit u on u.id = t.unit_id where m.ended_on is null and t.active = true and ";

    /**
     * A member who enrols themself between the {@code NOT EXISTS} and the insert would otherwise fail the whole
     * assignment on {@code uq_enrolment_course_member}; their own enrolment stands as it is. Works on MySQL and
     * MariaDB alike; the column is qualified because the selected tables have an {@code id} too.
     */
    static final String ON_ENROLLED_MEANWHILE = " on duplicate key update enrolment.id = enrolment.id";

    @PersistenceContext
    EntityManager em;

    public AssignmentPreview preview(long courseId, AssignmentTarget target) {
        Object[] row = (Object[]) em.createNativeQuery("select count(*), count(e.id)"
                        + " from team_membership m join team t on t.id = m.team_id"
                        + " join admin_unit u on u.id = t.unit_id"
                        + " left join enrolment e on e.member_id = m.member_id and e.course_id = :course"
                        + " where m.ended_on is null and t.active = true and " + target.condition())
                .setParameter("course", courseId)
                .setParameter("target", target.parameter())
                .getSingleResult();
        return new AssignmentPreview(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
    }

    /** Enrols the members not yet enrolled; answers how many. */
    public int enrolNewMembers(CourseAssignment assignment, AssignmentTarget target, LocalDateTime now) {
        Course course = assignment.getCourse();
        return em.createNativeQuery("insert into enrolment (course_id, member_id, enrolled_at, assignment_id, due_on,"
                        + " lessons_done, lessons_required, version)"
                        + " select :course, m.member_id, :now, :assignment, :due, 0, :required, 0"
                        + MEMBERS + target.condition()
                        + " and not exists (select 1 from enrolment e"
                        + " where e.course_id = :course and e.member_id = m.member_id)"
                        + ON_ENROLLED_MEANWHILE)
                .setParameter("course", course.getId())
                .setParameter("now", now)
                .setParameter("assignment", assignment.getId())
                .setParameter("due", assignment.getDueOn())
                .setParameter("required", requiredLessons(course))
                .setParameter("target", target.parameter())
                .executeUpdate();
    }

    /**
     * Gives the assignment to the members already enrolled who have no due date or a later one; the version moves,
     * so a concurrent change of the same enrolment fails rather than writing the old date back.
     */
    public int dueEarlier(CourseAssignment assignment, AssignmentTarget target) {
        return em.createNativeQuery("update enrolment e join team_membership m on m.member_id = e.member_id"
                        + " join team t on t.id = m.team_id join admin_unit u on u.id = t.unit_id"
                        + " set e.assignment_id = :assignment, e.due_on = :due, e.version = e.version + 1"
                        + " where m.ended_on is null and t.active = true and e.course_id = :course and "
                        + target.condition()
                        + " and (e.due_on is null or e.due_on > :due)")
                .setParameter("course", assignment.getCourse().getId())
                .setParameter("assignment", assignment.getId())
                .setParameter("due", assignment.getDueOn())
                .setParameter("target", target.parameter())
                .executeUpdate();
    }

    /** The enrolments of an assignment follow its new due date. */
    public int moveDueDate(CourseAssignment assignment) {
        return em.createNativeQuery("update enrolment e set e.due_on = :due, e.version = e.version + 1"
                        + " where e.assignment_id = :assignment")
                .setParameter("due", assignment.getDueOn())
                .setParameter("assignment", assignment.getId())
                .executeUpdate();
    }

    /** What a learner must do to complete: the published revision's required lessons. */
    int requiredLessons(Course course) {
        return em.createQuery(
                        "select count(l) from Lesson l where l.revision = :revision and l.required = true", Long.class)
                .setParameter("revision", course.getPublishedRevision())
                .getSingleResult()
                .intValue();
    }
}
