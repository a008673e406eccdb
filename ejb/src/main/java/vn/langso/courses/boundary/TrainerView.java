package vn.langso.courses.boundary;

/** A trainer who edits a course with its owner. */
public record TrainerView(String username, String displayName) {}
