package vn.langso.learning.boundary;

import java.time.LocalDateTime;

/** Fired inside the transaction in which a member's enrolment became complete (once per enrolment). */
public record CourseCompleted(long memberId, long courseId, LocalDateTime at) {}
