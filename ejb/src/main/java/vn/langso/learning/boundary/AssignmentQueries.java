package vn.langso.learning.boundary;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** The queries behind the list of assignments: the assignments with their targets, and their enrolments counted. */
final class AssignmentQueries {

    /** A team's unit stands in for the target unit, so that the page can say where the team is. */
    static final String VIEW = "select a.id, t.id, t.name, u.id, coalesce(u.code, tu.code), coalesce(u.name, tu.name),"
            + " a.dueOn, acc.displayName, a.assignedAt"
            + " from CourseAssignment a join a.assignedBy acc left join a.team t left join t.unit tu"
            + " left join a.unit u where a.course.id = :course";

    static final String COUNTS = "select e.assignment.id, count(e),"
            + " sum(case when e.completedAt is not null then 1 else 0 end),"
            + " sum(case when e.completedAt is null and e.dueOn < :today then 1 else 0 end)"
            + " from Enrolment e where e.course.id = :course and e.assignment is not null group by e.assignment.id";

    private AssignmentQueries() {}

    static AssignmentView view(long courseId, Object[] row, Object[] counts) {
        return new AssignmentView(
                (Long) row[0],
                courseId,
                (Long) row[1],
                (String) row[2],
                (Long) row[3],
                (String) row[4],
                (String) row[5],
                (LocalDate) row[6],
                (String) row[7],
                (LocalDateTime) row[8],
                counts == null ? 0 : ((Number) counts[1]).longValue(),
                counts == null ? 0 : ((Number) counts[2]).longValue(),
                counts == null ? 0 : ((Number) counts[3]).longValue());
    }
}
