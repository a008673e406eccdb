package vn.langso.web.certification;

import java.io.Serializable;
import vn.langso.certification.boundary.QuizOption;

/** A quiz of a chosen course in the skill form: whether the rule requires it, and with which minimum score. */
public class QuizLine implements Serializable {

    private final long quizId;
    private final long courseId;
    private final String title;
    private boolean required;
    private Integer minPercent;

    QuizLine(QuizOption quiz, Integer minPercent) {
        this.quizId = quiz.id();
        this.courseId = quiz.courseId();
        this.title = quiz.title();
        this.required = minPercent != null;
        this.minPercent = minPercent == null ? 80 : minPercent;
    }

    public long getQuizId() {
        return quizId;
    }

    public long getCourseId() {
        return courseId;
    }

    public String getTitle() {
        return title;
    }

    public boolean isRequired() {
        return required;
    }

    public void setRequired(boolean required) {
        this.required = required;
    }

    public Integer getMinPercent() {
        return minPercent;
    }

    public void setMinPercent(Integer minPercent) {
        this.minPercent = minPercent;
    }
}
