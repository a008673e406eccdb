package vn.langso.quizzes.boundary;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import vn.langso.quizzes.entity.AttemptStatus;
import vn.langso.quizzes.entity.ReviewMode;

/**
 * An attempt as its reader may see it. While it is open: the questions and the answers saved so far. Once graded:
 * the score, and as much of each question as {@code shown} allows (nothing per question for SCORE_ONLY).
 * {@code ownAttempt}: read by the learner who took it, rather than by a trainer.
 */
public record AttemptView(
        long attemptId,
        long quizId,
        long courseId,
        String lessonKey,
        String courseTitle,
        String quizTitle,
        String memberName,
        int number,
        AttemptStatus status,
        LocalDateTime startedAt,
        LocalDateTime deadlineAt,
        LocalDateTime submittedAt,
        BigDecimal percent,
        Boolean passed,
        int passPercent,
        ReviewMode shown,
        boolean ownAttempt,
        List<AskedQuestionView> questions) {

    public boolean isOpen() {
        return status == AttemptStatus.IN_PROGRESS;
    }

    public long answeredCount() {
        return questions.stream().filter(q -> !q.chosen().isEmpty()).count();
    }
}
