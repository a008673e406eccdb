package vn.langso.learning.boundary;

import vn.langso.courses.entity.CourseStatus;

/** The course a report or an assignment page is about. */
public record ReportCourse(long id, String title, CourseStatus status) {}
