package vn.langso.quizzes.boundary;

/** Which questions of a bank to list: one category (null for all) and words of the title or text, accents ignored. */
public record QuestionFilter(Long categoryId, String text) {}
