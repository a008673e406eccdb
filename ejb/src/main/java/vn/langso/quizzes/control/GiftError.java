package vn.langso.quizzes.control;

/** A line of a GIFT file that cannot be read, with a bundle key saying why and the offending text. */
public record GiftError(int line, String messageKey, String excerpt) {}
