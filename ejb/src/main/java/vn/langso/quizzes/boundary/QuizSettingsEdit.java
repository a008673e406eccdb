package vn.langso.quizzes.boundary;

import java.time.LocalDateTime;
import vn.langso.quizzes.entity.ReviewMode;

/**
 * A quiz's settings as its page sends them. Times are UTC like every stored time; empty limits mean none. Checked by
 * {@link QuizSetupRules}.
 */
public record QuizSettingsEdit(
        Integer timeLimitMinutes,
        LocalDateTime opensAt,
        LocalDateTime closesAt,
        Integer maxAttempts,
        Integer passPercent,
        boolean shuffleQuestions,
        boolean shuffleChoices,
        ReviewMode reviewMode) {}
