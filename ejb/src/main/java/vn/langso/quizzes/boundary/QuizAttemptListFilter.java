package vn.langso.quizzes.boundary;

import vn.langso.quizzes.entity.AttemptStatus;

/** Which attempts of a quiz to list: one status (null for all) and words of the member's name, accents ignored. */
public record QuizAttemptListFilter(AttemptStatus status, String member) {}
