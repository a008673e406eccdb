package vn.langso.quizzes.boundary;

/** What an accepted GIFT file added to a bank. */
public record GiftImportReport(int questions, int newCategories) {}
