package vn.langso.quizzes.boundary;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import vn.langso.quizzes.entity.AttemptStatus;

/** One of a learner's attempts at a quiz, as listed on the quiz lesson. */
public record AttemptRow(
        long attemptId,
        int number,
        AttemptStatus status,
        LocalDateTime startedAt,
        LocalDateTime submittedAt,
        BigDecimal percent,
        Boolean passed) {}
