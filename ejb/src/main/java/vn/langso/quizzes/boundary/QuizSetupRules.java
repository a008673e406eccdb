package vn.langso.quizzes.boundary;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.langso.kernel.InvalidInputException;

/** The rules of a quiz's settings and slots, without a container: each refusal names the field at fault. */
final class QuizSetupRules {

    static final int MAX_LIMIT_MINUTES = 600;
    static final int MAX_ATTEMPTS = 100;
    static final int MAX_DRAW = 200;

    private QuizSetupRules() {}

    static void check(QuizSettingsEdit edit) {
        if (edit.timeLimitMinutes() != null
                && (edit.timeLimitMinutes() < 1 || edit.timeLimitMinutes() > MAX_LIMIT_MINUTES)) {
            throw new InvalidInputException("timeLimitMinutes", "quizzes.quiz.limitRange", MAX_LIMIT_MINUTES);
        }
        if (edit.opensAt() != null
                && edit.closesAt() != null
                && !edit.closesAt().isAfter(edit.opensAt())) {
            throw new InvalidInputException("closesAt", "quizzes.quiz.closesBeforeOpens");
        }
        if (edit.maxAttempts() != null && (edit.maxAttempts() < 1 || edit.maxAttempts() > MAX_ATTEMPTS)) {
            throw new InvalidInputException("maxAttempts", "quizzes.quiz.attemptsRange", MAX_ATTEMPTS);
        }
        if (edit.passPercent() == null || edit.passPercent() < 0 || edit.passPercent() > 100) {
            throw new InvalidInputException("passPercent", "quizzes.quiz.passRange");
        }
        if (edit.reviewMode() == null) {
            throw new InvalidInputException("reviewMode", "quizzes.quiz.reviewRequired");
        }
    }

    static int drawCount(Integer count) {
        if (count == null || count < 1 || count > MAX_DRAW) {
            throw new InvalidInputException("drawCount", "quizzes.quiz.drawRange", MAX_DRAW);
        }
        return count;
    }

    /**
     * How many questions a category can still give its random slots: its active questions that are not fixed in the
     * quiz (an attempt never asks a question twice).
     */
    static int available(Collection<Long> activeInCategory, Set<Long> fixedQuestions) {
        Set<Long> pool = new HashSet<>(activeInCategory);
        pool.removeAll(fixedQuestions);
        return pool.size();
    }

    /** The categories whose random slots together draw more than they can give. */
    static Set<Long> shortCategories(
            Map<Long, Integer> drawnByCategory, Map<Long, List<Long>> activeByCategory, Set<Long> fixedQuestions) {
        Set<Long> shortOnes = new HashSet<>();
        drawnByCategory.forEach((category, drawn) -> {
            if (available(activeByCategory.getOrDefault(category, List.of()), fixedQuestions) < drawn) {
                shortOnes.add(category);
            }
        });
        return shortOnes;
    }
}
