package vn.langso.quizzes.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.langso.quizzes.control.QuestionDraw.Slot;

class QuestionDrawTest {

    static final Map<Long, List<Long>> CATEGORIES =
            Map.of(100L, List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L), 200L, List.of(20L, 21L, 22L));

    @Test
    void aRandomSlotDrawsTheGivenNumberFromItsCategoryWithoutRepeatingAFixedQuestion() {
        for (int seed = 0; seed < 50; seed++) {
            List<Long> questions = QuestionDraw.draw(
                    List.of(Slot.fixed(3), Slot.random(100, 4), Slot.random(200, 3)),
                    CATEGORIES,
                    false,
                    new Random(seed));

            assertThat(questions).hasSize(8).doesNotHaveDuplicates().startsWith(3L);
            assertThat(questions.subList(1, 5)).allMatch(id -> id >= 1 && id <= 10 && id != 3);
            assertThat(questions.subList(5, 8)).containsExactlyInAnyOrder(20L, 21L, 22L);
        }
    }

    @Test
    void differentAttemptsDrawDifferentQuestions() {
        Set<List<Long>> draws = new HashSet<>();
        for (int seed = 0; seed < 20; seed++) {
            draws.add(QuestionDraw.draw(List.of(Slot.random(100, 3)), CATEGORIES, false, new Random(seed)));
        }
        assertThat(draws.size()).isGreaterThan(10);
    }

    @Test
    void shufflingKeepsTheSameQuestions() {
        List<Slot> slots = List.of(Slot.fixed(1), Slot.fixed(2), Slot.fixed(3), Slot.fixed(4), Slot.fixed(5));

        List<Long> shuffled = QuestionDraw.draw(slots, CATEGORIES, true, new Random(1));

        assertThat(shuffled).containsExactlyInAnyOrder(1L, 2L, 3L, 4L, 5L).isNotEqualTo(List.of(1L, 2L, 3L, 4L, 5L));
    }

    @Test
    void aCategoryTooSmallForItsSlotIsRefused() {
        assertThrows(
                IllegalStateException.class,
                () -> QuestionDraw.draw(List.of(Slot.random(200, 4)), CATEGORIES, false, new Random(1)));
    }
}
