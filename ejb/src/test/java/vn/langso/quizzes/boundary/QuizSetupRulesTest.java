package vn.langso.quizzes.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.langso.kernel.InvalidInputException;
import vn.langso.quizzes.entity.ReviewMode;

class QuizSetupRulesTest {

    static final LocalDateTime NINE = LocalDateTime.of(2026, 12, 1, 2, 0);

    @Test
    void emptyLimitsAndWindowAreAccepted() {
        assertThatCode(() -> QuizSetupRules.check(settings(null, null, null, null, 80)))
                .doesNotThrowAnyException();
        assertThatCode(() -> QuizSetupRules.check(settings(600, NINE, NINE.plusMinutes(1), 100, 0)))
                .doesNotThrowAnyException();
    }

    @Test
    void eachRefusalNamesItsField() {
        assertThat(field(settings(0, null, null, null, 80))).isEqualTo("timeLimitMinutes");
        assertThat(field(settings(601, null, null, null, 80))).isEqualTo("timeLimitMinutes");
        assertThat(field(settings(null, NINE, NINE, null, 80))).isEqualTo("closesAt");
        assertThat(field(settings(null, NINE, NINE.minusHours(1), null, 80))).isEqualTo("closesAt");
        assertThat(field(settings(null, null, null, 0, 80))).isEqualTo("maxAttempts");
        assertThat(field(settings(null, null, null, 101, 80))).isEqualTo("maxAttempts");
        assertThat(field(settings(null, null, null, null, 101))).isEqualTo("passPercent");
        assertThat(field(settings(null, null, null, null, -1))).isEqualTo("passPercent");
        assertThat(field(settings(null, null, null, null, null))).isEqualTo("passPercent");
        assertThat(field(new QuizSettingsEdit(null, null, null, null, 80, true, true, null)))
                .isEqualTo("reviewMode");
    }

    @Test
    void aCategoryIsShortWhenItsRandomSlotsDrawMoreThanItsActiveQuestionsBesidesTheFixedOnes() {
        Map<Long, List<Long>> active = Map.of(1L, List.of(10L, 11L, 12L), 2L, List.of(20L, 21L));

        assertThat(QuizSetupRules.shortCategories(Map.of(1L, 3, 2L, 2), active, Set.of()))
                .isEmpty();
        assertThat(QuizSetupRules.shortCategories(Map.of(1L, 3, 2L, 2), active, Set.of(11L)))
                .containsExactly(1L);
        assertThat(QuizSetupRules.shortCategories(Map.of(2L, 3), active, Set.of()))
                .containsExactly(2L);
        assertThat(QuizSetupRules.shortCategories(Map.of(3L, 1), active, Set.of()))
                .containsExactly(3L);
    }

    @Test
    void aDrawCountIsAtLeastOne() {
        assertThat(catchThrowableOfType(() -> QuizSetupRules.drawCount(0), InvalidInputException.class)
                        .field())
                .isEqualTo("drawCount");
        assertThat(catchThrowableOfType(() -> QuizSetupRules.drawCount(null), InvalidInputException.class)
                        .field())
                .isEqualTo("drawCount");
        assertThat(QuizSetupRules.drawCount(5)).isEqualTo(5);
    }

    private static String field(QuizSettingsEdit edit) {
        return catchThrowableOfType(() -> QuizSetupRules.check(edit), InvalidInputException.class)
                .field();
    }

    private static QuizSettingsEdit settings(
            Integer limit, LocalDateTime opens, LocalDateTime closes, Integer attempts, Integer pass) {
        return new QuizSettingsEdit(limit, opens, closes, attempts, pass, true, false, ReviewMode.SCORE_ONLY);
    }
}
