package vn.langso.web.quizzes;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import vn.langso.quizzes.boundary.QuizSettingsEdit;
import vn.langso.quizzes.entity.ReviewMode;

/**
 * A quiz's settings as the page's form holds them, kept as typed when a save is refused. The window is typed and
 * shown in Vietnam's time; the boundary stores UTC like every other time.
 */
public class QuizSetupForm implements Serializable {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    static final Map<String, String> INPUTS = Map.of(
            "timeLimitMinutes", "settings:timeLimitMinutes",
            "opensAt", "settings:opensAt",
            "closesAt", "settings:closesAt",
            "maxAttempts", "settings:maxAttempts",
            "passPercent", "settings:passPercent",
            "reviewMode", "settings:reviewMode");

    private Integer timeLimitMinutes;
    private LocalDateTime opensAt;
    private LocalDateTime closesAt;
    private Integer maxAttempts;
    private Integer passPercent;
    private boolean shuffleQuestions;
    private boolean shuffleChoices;
    private ReviewMode reviewMode;

    static QuizSetupForm of(QuizSettingsEdit settings) {
        QuizSetupForm form = new QuizSetupForm();
        form.timeLimitMinutes = settings.timeLimitMinutes();
        form.opensAt = inVietnam(settings.opensAt());
        form.closesAt = inVietnam(settings.closesAt());
        form.maxAttempts = settings.maxAttempts();
        form.passPercent = settings.passPercent();
        form.shuffleQuestions = settings.shuffleQuestions();
        form.shuffleChoices = settings.shuffleChoices();
        form.reviewMode = settings.reviewMode();
        return form;
    }

    QuizSettingsEdit edit() {
        return new QuizSettingsEdit(
                timeLimitMinutes,
                inUtc(opensAt),
                inUtc(closesAt),
                maxAttempts,
                passPercent,
                shuffleQuestions,
                shuffleChoices,
                reviewMode);
    }

    static LocalDateTime inVietnam(LocalDateTime utc) {
        return utc == null
                ? null
                : utc.atOffset(ZoneOffset.UTC).atZoneSameInstant(VIETNAM).toLocalDateTime();
    }

    static LocalDateTime inUtc(LocalDateTime vietnam) {
        return vietnam == null
                ? null
                : vietnam.atZone(VIETNAM).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
    }

    public Integer getTimeLimitMinutes() {
        return timeLimitMinutes;
    }

    public void setTimeLimitMinutes(Integer timeLimitMinutes) {
        this.timeLimitMinutes = timeLimitMinutes;
    }

    public LocalDateTime getOpensAt() {
        return opensAt;
    }

    public void setOpensAt(LocalDateTime opensAt) {
        this.opensAt = opensAt;
    }

    public LocalDateTime getClosesAt() {
        return closesAt;
    }

    public void setClosesAt(LocalDateTime closesAt) {
        this.closesAt = closesAt;
    }

    public Integer getMaxAttempts() {
        return maxAttempts;
    }

    public void setMaxAttempts(Integer maxAttempts) {
        this.maxAttempts = maxAttempts;
    }

    public Integer getPassPercent() {
        return passPercent;
    }

    public void setPassPercent(Integer passPercent) {
        this.passPercent = passPercent;
    }

    public boolean isShuffleQuestions() {
        return shuffleQuestions;
    }

    public void setShuffleQuestions(boolean shuffleQuestions) {
        this.shuffleQuestions = shuffleQuestions;
    }

    public boolean isShuffleChoices() {
        return shuffleChoices;
    }

    public void setShuffleChoices(boolean shuffleChoices) {
        this.shuffleChoices = shuffleChoices;
    }

    public ReviewMode getReviewMode() {
        return reviewMode;
    }

    public void setReviewMode(ReviewMode reviewMode) {
        this.reviewMode = reviewMode;
    }
}
