package vn.langso.learning.boundary;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * An assignment as its page shows it: the team or the unit it targets, by when, who gave it, and how its enrolments
 * stand. {@code overdue} counts the enrolments past their due date and not completed.
 */
public record AssignmentView(
        long id,
        long courseId,
        Long teamId,
        String teamName,
        Long unitId,
        String unitCode,
        String unitName,
        LocalDate dueOn,
        String assignedBy,
        LocalDateTime assignedAt,
        long enrolled,
        long completed,
        long overdue) {

    public boolean toTeam() {
        return teamId != null;
    }

    /** The due date has passed and someone has not completed. */
    public boolean late() {
        return overdue > 0;
    }
}
