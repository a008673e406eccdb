package vn.langso.quizzes.boundary;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import vn.langso.quizzes.entity.ReviewMode;

/**
 * What a learner sees on a quiz lesson before starting: the rules, their attempts so far, and whether they may start
 * one now ({@code cannotStartKey} is the text key of the reason when not).
 */
public record QuizIntro(
        long quizId,
        Integer timeLimitMinutes,
        LocalDateTime opensAt,
        LocalDateTime closesAt,
        Integer maxAttempts,
        int passPercent,
        int questionsPerAttempt,
        ReviewMode reviewMode,
        boolean passed,
        BigDecimal bestPercent,
        Long openAttemptId,
        String cannotStartKey,
        List<AttemptRow> attempts) {

    public boolean mayStart() {
        return cannotStartKey == null;
    }

    public int attemptsUsed() {
        return attempts.size();
    }
}
