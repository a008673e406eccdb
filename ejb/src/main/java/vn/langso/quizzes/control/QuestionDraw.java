package vn.langso.quizzes.control;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Fixes an attempt's questions when it starts: the quiz's fixed questions and, for each random slot, N questions
 * drawn from a category without repeating one already in the attempt; then shuffled if the quiz says so.
 */
public final class QuestionDraw {

    /** A fixed question ({@code questionId}) or {@code count} drawn from {@code categoryId}. */
    public record Slot(Long questionId, Long categoryId, int count) {

        public static Slot fixed(long questionId) {
            return new Slot(questionId, null, 1);
        }

        public static Slot random(long categoryId, int count) {
            return new Slot(null, categoryId, count);
        }
    }

    private QuestionDraw() {}

    /**
     * @param categories the active question ids of each category the slots name
     * @throws IllegalStateException if a category holds fewer questions than its slot draws
     */
    public static List<Long> draw(List<Slot> slots, Map<Long, List<Long>> categories, boolean shuffle, Random random) {
        Set<Long> chosen = new LinkedHashSet<>();
        for (Slot slot : slots) {
            if (slot.questionId() != null) {
                chosen.add(slot.questionId());
            }
        }
        for (Slot slot : slots) {
            if (slot.categoryId() == null) {
                continue;
            }
            List<Long> pool = new ArrayList<>(categories.getOrDefault(slot.categoryId(), List.of()));
            pool.removeAll(chosen);
            if (pool.size() < slot.count()) {
                throw new IllegalStateException("Category " + slot.categoryId() + " has " + pool.size()
                        + " questions left, the quiz draws " + slot.count());
            }
            Collections.shuffle(pool, random);
            chosen.addAll(pool.subList(0, slot.count()));
        }
        List<Long> questions = new ArrayList<>(chosen);
        if (shuffle) {
            Collections.shuffle(questions, random);
        }
        return questions;
    }
}
