package vn.langso.quizzes.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

/** One line of what a quiz asks: a fixed question, or a number of questions drawn at random from a category. */
@Entity
public class QuizSlot {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Quiz quiz;

    private int position;

    private Long questionId;

    private Long categoryId;

    private int drawCount;

    @Version
    private long version;

    protected QuizSlot() {}

    QuizSlot(Quiz quiz, int position, Long questionId, Long categoryId, int drawCount) {
        this.quiz = quiz;
        this.position = position;
        this.questionId = questionId;
        this.categoryId = categoryId;
        this.drawCount = drawCount;
    }

    void setPosition(int position) {
        this.position = position;
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public Long getQuestionId() {
        return questionId;
    }

    public Long getCategoryId() {
        return categoryId;
    }

    public int getDrawCount() {
        return drawCount;
    }

    public boolean isFixed() {
        return questionId != null;
    }
}
