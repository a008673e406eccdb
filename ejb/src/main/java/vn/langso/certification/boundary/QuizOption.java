package vn.langso.certification.boundary;

/** A quiz of a course, by the title of its lesson in the course's published revision. */
public record QuizOption(long id, long courseId, String title) {}
