package vn.langso.courses.boundary;

/**
 * Fired, inside the publishing transaction, when a revision of a course becomes the one learners see; learning
 * recounts its enrolments' progress against the new revision.
 */
public record CoursePublished(long courseId) {}
