package vn.langso.quizzes.entity;

/** Where an attempt stands. Both submitted states are graded; AUTO_SUBMITTED was closed by its deadline. */
public enum AttemptStatus {
    IN_PROGRESS,
    SUBMITTED,
    AUTO_SUBMITTED;

    public boolean graded() {
        return this != IN_PROGRESS;
    }
}
