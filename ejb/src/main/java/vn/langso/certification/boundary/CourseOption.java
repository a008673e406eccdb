package vn.langso.certification.boundary;

/** A published course a rule may require, by the title of its published revision. */
public record CourseOption(long id, String title) {}
