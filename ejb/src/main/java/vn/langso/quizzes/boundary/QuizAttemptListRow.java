package vn.langso.quizzes.boundary;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import vn.langso.quizzes.entity.AttemptStatus;

/** One attempt in a quiz's list: times in UTC, score and result null until graded, team null if none now. */
public record QuizAttemptListRow(
        long id,
        String memberName,
        String teamName,
        int number,
        AttemptStatus status,
        LocalDateTime startedAt,
        LocalDateTime submittedAt,
        BigDecimal percent,
        Boolean passed) {}
