package vn.langso.quizzes.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.langso.courses.entity.Course;
import vn.langso.courses.entity.StoredFile;

/**
 * A question of a course's bank. Never deleted, only made inactive, since attempts refer to it. Its text,
 * explanation and choice feedback are sanitized HTML; {@code searchKey} is its title and text without accents.
 */
@Entity
public class Question {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Course course;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private QuestionCategory category;

    @NotNull
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private QuestionType type;

    @Size(max = 255)
    private String title = "";

    @NotBlank
    private String textHtml;

    @Size(max = 500)
    private String searchKey;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "image_file_id")
    private StoredFile imageFile;

    private String explanationHtml;

    private boolean active = true;

    private LocalDateTime createdAt;

    @Version
    private long version;

    @OneToMany(mappedBy = "question", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<QuestionChoice> choices = new ArrayList<>();

    protected Question() {}

    public Question(Course course, LocalDateTime createdAt) {
        this.course = course;
        this.createdAt = createdAt;
    }

    /**
     * Sets the choices in order. Rows are reused by position and only the surplus removed, because Hibernate inserts
     * before it deletes and (question, position) is unique.
     */
    public void setChoices(List<ChoiceContent> contents) {
        while (choices.size() > contents.size()) {
            choices.remove(choices.size() - 1);
        }
        for (int i = 0; i < contents.size(); i++) {
            if (i == choices.size()) {
                choices.add(new QuestionChoice(this, i + 1));
            }
            ChoiceContent c = contents.get(i);
            choices.get(i).set(c.text(), c.correct(), c.weightPercent(), c.feedbackHtml());
        }
    }

    /** What a choice says, as {@link #setChoices} takes it. */
    public record ChoiceContent(String text, boolean correct, int weightPercent, String feedbackHtml) {}

    public Long getId() {
        return id;
    }

    public Course getCourse() {
        return course;
    }

    public QuestionCategory getCategory() {
        return category;
    }

    public void setCategory(QuestionCategory category) {
        this.category = category;
    }

    public QuestionType getType() {
        return type;
    }

    public void setType(QuestionType type) {
        this.type = type;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title == null ? "" : title;
    }

    public String getTextHtml() {
        return textHtml;
    }

    public void setTextHtml(String textHtml) {
        this.textHtml = textHtml;
    }

    public String getSearchKey() {
        return searchKey;
    }

    public void setSearchKey(String searchKey) {
        this.searchKey = searchKey;
    }

    public StoredFile getImageFile() {
        return imageFile;
    }

    public void setImageFile(StoredFile imageFile) {
        this.imageFile = imageFile;
    }

    public String getExplanationHtml() {
        return explanationHtml;
    }

    public void setExplanationHtml(String explanationHtml) {
        this.explanationHtml = explanationHtml;
    }

    public boolean isActive() {
        return active;
    }

    public void deactivate() {
        active = false;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public List<QuestionChoice> getChoices() {
        return choices;
    }
}
