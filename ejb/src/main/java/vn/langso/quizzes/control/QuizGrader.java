package vn.langso.quizzes.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Set;
import vn.langso.quizzes.entity.QuestionType;

/**
 * Scores an attempt. Each question is worth one point. Single choice and true/false: the point if the one chosen
 * answer is right. Multiple choice (k right answers): each right answer chosen adds 1/k, each wrong answer chosen
 * takes 1/k away, and a question never scores below zero — so choosing everything earns nothing. The attempt's
 * score is the points as a percentage of the questions, to two decimals; it passes at or above the pass mark.
 */
public final class QuizGrader {

    /** A question as it was asked, and which of its choices are right. */
    public record AskedQuestion(long questionId, QuestionType type, Set<Long> rightChoiceIds) {}

    public record Grade(BigDecimal points, int questions, BigDecimal percent, boolean passed) {}

    private QuizGrader() {}

    public static BigDecimal points(AskedQuestion question, Set<Long> chosen) {
        if (chosen.isEmpty()) {
            return BigDecimal.ZERO;
        }
        if (question.type() != QuestionType.MULTIPLE_CHOICE) {
            return chosen.size() == 1 && question.rightChoiceIds().containsAll(chosen)
                    ? BigDecimal.ONE
                    : BigDecimal.ZERO;
        }
        long right = chosen.stream().filter(question.rightChoiceIds()::contains).count();
        long wrong = chosen.size() - right;
        if (right <= wrong) {
            return BigDecimal.ZERO;
        }
        return BigDecimal.valueOf(right - wrong)
                .divide(BigDecimal.valueOf(question.rightChoiceIds().size()), 4, RoundingMode.HALF_UP);
    }

    /** @param answers the chosen choice ids per question, in the order of {@code questions} (empty when unanswered) */
    public static Grade grade(List<AskedQuestion> questions, List<Set<Long>> answers, int passPercent) {
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < questions.size(); i++) {
            total = total.add(points(questions.get(i), answers.get(i)));
        }
        BigDecimal percent = questions.isEmpty()
                ? BigDecimal.ZERO
                : total.multiply(BigDecimal.valueOf(100))
                        .divide(BigDecimal.valueOf(questions.size()), 2, RoundingMode.HALF_UP);
        return new Grade(
                total.setScale(2, RoundingMode.HALF_UP),
                questions.size(),
                percent,
                percent.compareTo(BigDecimal.valueOf(passPercent)) >= 0);
    }
}
