package vn.langso.quizzes.boundary;

import vn.langso.quizzes.entity.QuestionType;

/** A question in the bank's list. */
public record QuestionRow(long id, String category, QuestionType type, String title, String textHtml) {}
