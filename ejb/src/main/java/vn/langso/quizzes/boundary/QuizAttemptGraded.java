package vn.langso.quizzes.boundary;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/** Fired inside the transaction that graded an attempt, whether the learner submitted it or its deadline did. */
public record QuizAttemptGraded(
        long memberId,
        long courseId,
        long quizId,
        long attemptId,
        BigDecimal percent,
        boolean passed,
        LocalDateTime at) {}
