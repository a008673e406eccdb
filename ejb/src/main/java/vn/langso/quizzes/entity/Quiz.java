package vn.langso.quizzes.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.langso.courses.entity.Course;

/**
 * The settings and questions of a quiz lesson. Found by its course and the lesson's key, which the lesson keeps in
 * every revision, so a new revision needs no copy of it and its attempts stay attached.
 */
@Entity
public class Quiz {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Course course;

    private String lessonKey;

    private Integer timeLimitMinutes;

    private LocalDateTime opensAt;

    private LocalDateTime closesAt;

    private Integer maxAttempts;

    private int passPercent = 80;

    private boolean shuffleQuestions = true;

    private boolean shuffleChoices = true;

    @JdbcTypeCode(SqlTypes.VARCHAR)
    private ReviewMode reviewMode = ReviewMode.FEEDBACK;

    @OneToMany(mappedBy = "quiz", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<QuizSlot> slots = new ArrayList<>();

    @Version
    private long version;

    protected Quiz() {}

    public Quiz(Course course, String lessonKey) {
        this.course = course;
        this.lessonKey = lessonKey;
    }

    /** Settings as a whole, checked by the caller (window order, ranges). */
    public void configure(
            Integer timeLimitMinutes,
            LocalDateTime opensAt,
            LocalDateTime closesAt,
            Integer maxAttempts,
            int passPercent,
            boolean shuffleQuestions,
            boolean shuffleChoices,
            ReviewMode reviewMode) {
        this.timeLimitMinutes = timeLimitMinutes;
        this.opensAt = opensAt;
        this.closesAt = closesAt;
        this.maxAttempts = maxAttempts;
        this.passPercent = passPercent;
        this.shuffleQuestions = shuffleQuestions;
        this.shuffleChoices = shuffleChoices;
        this.reviewMode = reviewMode;
    }

    public QuizSlot addSlot(Long questionId, Long categoryId, int drawCount) {
        QuizSlot slot = new QuizSlot(this, slots.size() + 1, questionId, categoryId, drawCount);
        slots.add(slot);
        return slot;
    }

    public void removeSlot(long slotId) {
        slots.removeIf(s -> s.getId() == slotId);
        for (int i = 0; i < slots.size(); i++) {
            slots.get(i).setPosition(i + 1);
        }
    }

    /** Puts the slots in the order of the ids, which must name each slot once; false (and no change) otherwise. */
    public boolean reorderSlots(List<Long> slotIds) {
        if (slotIds.size() != slots.size()
                || !slots.stream().map(QuizSlot::getId).toList().containsAll(slotIds)
                || slotIds.stream().distinct().count() != slotIds.size()) {
            return false;
        }
        slots.sort(Comparator.comparingInt(s -> slotIds.indexOf(s.getId())));
        for (int i = 0; i < slots.size(); i++) {
            slots.get(i).setPosition(i + 1);
        }
        return true;
    }

    /** Whether an attempt may start at {@code now}: the window, if any, is open. */
    public boolean isOpenAt(LocalDateTime now) {
        return (opensAt == null || !now.isBefore(opensAt)) && (closesAt == null || now.isBefore(closesAt));
    }

    /** The deadline of an attempt started at {@code now}: its time limit, cut short by the closing time. */
    public LocalDateTime deadlineFor(LocalDateTime now) {
        LocalDateTime deadline = timeLimitMinutes == null ? null : now.plusMinutes(timeLimitMinutes);
        if (closesAt != null && (deadline == null || closesAt.isBefore(deadline))) {
            return closesAt;
        }
        return deadline;
    }

    public Long getId() {
        return id;
    }

    public Course getCourse() {
        return course;
    }

    public String getLessonKey() {
        return lessonKey;
    }

    public Integer getTimeLimitMinutes() {
        return timeLimitMinutes;
    }

    public LocalDateTime getOpensAt() {
        return opensAt;
    }

    public LocalDateTime getClosesAt() {
        return closesAt;
    }

    public Integer getMaxAttempts() {
        return maxAttempts;
    }

    public int getPassPercent() {
        return passPercent;
    }

    public boolean isShuffleQuestions() {
        return shuffleQuestions;
    }

    public boolean isShuffleChoices() {
        return shuffleChoices;
    }

    public ReviewMode getReviewMode() {
        return reviewMode;
    }

    public List<QuizSlot> getSlots() {
        return slots;
    }
}
