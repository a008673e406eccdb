package vn.langso.quizzes.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** One choice of a question; {@code weightPercent} is GIFT's %n%, kept so that an export gives back the file. */
@Entity
public class QuestionChoice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Question question;

    private int position;

    @NotBlank
    @Size(max = 1000)
    private String text;

    private boolean correct;

    @Min(-100)
    @Max(100)
    private int weightPercent;

    /** Sanitized HTML or null. */
    private String feedbackHtml;

    protected QuestionChoice() {}

    QuestionChoice(Question question, int position) {
        this.question = question;
        this.position = position;
    }

    void set(String text, boolean correct, int weightPercent, String feedbackHtml) {
        this.text = text;
        this.correct = correct;
        this.weightPercent = weightPercent;
        this.feedbackHtml = feedbackHtml;
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public String getText() {
        return text;
    }

    public boolean isCorrect() {
        return correct;
    }

    public int getWeightPercent() {
        return weightPercent;
    }

    public String getFeedbackHtml() {
        return feedbackHtml;
    }
}
