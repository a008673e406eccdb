package vn.langso.quizzes.entity;

/** What a learner sees of a submitted attempt; each mode shows everything the one before it does. */
public enum ReviewMode {
    /** The score and whether it passed. */
    SCORE_ONLY,
    /** Also, per question, what they chose, what was right and the points. */
    CORRECT_ANSWERS,
    /** Also the feedback of each choice and the explanation of each question. */
    FEEDBACK;

    public boolean shows(ReviewMode level) {
        return compareTo(level) >= 0;
    }
}
