package vn.langso.quizzes.boundary;

/** A category of a bank and how many active questions it holds. */
public record CategoryCount(long id, String name, long questions) {}
