package vn.langso.learning.boundary;

import java.time.LocalDate;
import java.time.LocalDateTime;
import vn.langso.courses.entity.CourseStatus;

/**
 * A member's state in one course: required lessons done of the published revision, completion, due date and where
 * they left off. Nothing in it depends on when it is read but {@code overdue}, so the same state answers the same.
 */
public record EnrolmentView(
        long courseId,
        String courseTitle,
        CourseStatus courseStatus,
        LocalDateTime enrolledAt,
        int lessonsDone,
        int lessonsRequired,
        int percent,
        boolean completed,
        LocalDateTime completedAt,
        LocalDate dueOn,
        boolean overdue,
        String lastLessonKey) {

    /** From a query row; {@link #asOf(LocalDate)} then says whether it is overdue. */
    public EnrolmentView(
            long courseId,
            String courseTitle,
            CourseStatus courseStatus,
            LocalDateTime enrolledAt,
            int lessonsDone,
            int lessonsRequired,
            LocalDateTime completedAt,
            LocalDate dueOn,
            String lastLessonKey) {
        this(
                courseId,
                courseTitle,
                courseStatus,
                enrolledAt,
                lessonsDone,
                lessonsRequired,
                percent(lessonsDone, lessonsRequired, completedAt != null),
                completedAt != null,
                completedAt,
                dueOn,
                false,
                lastLessonKey);
    }

    public EnrolmentView asOf(LocalDate today) {
        boolean late = !completed && dueOn != null && dueOn.isBefore(today);
        return new EnrolmentView(
                courseId,
                courseTitle,
                courseStatus,
                enrolledAt,
                lessonsDone,
                lessonsRequired,
                percent,
                completed,
                completedAt,
                dueOn,
                late,
                lastLessonKey);
    }

    static int percent(int done, int required, boolean completed) {
        if (completed) {
            return 100;
        }
        return required <= 0 ? 0 : Math.min(100, done * 100 / required);
    }
}
