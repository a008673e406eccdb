package vn.langso.learning.boundary;

import java.time.LocalDateTime;
import vn.langso.courses.entity.CourseStatus;

/** A course in the list of reports, with its totals in the caller's area. */
public record ReportCourseRow(
        long id,
        String title,
        CourseStatus status,
        LocalDateTime publishedAt,
        long enrolled,
        long completed,
        long overdue) {}
