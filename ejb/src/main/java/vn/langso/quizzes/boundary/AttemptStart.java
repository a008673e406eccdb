package vn.langso.quizzes.boundary;

/** The attempt a start answered with; {@code created} is false when an attempt already open was given back. */
public record AttemptStart(AttemptView attempt, boolean created) {}
