package vn.langso.quizzes.entity;

/** The kinds of question a bank holds. */
public enum QuestionType {
    /** One correct choice. */
    SINGLE_CHOICE,
    /** Several correct choices; the scoring rule is stated on the page. */
    MULTIPLE_CHOICE,
    TRUE_FALSE
}
