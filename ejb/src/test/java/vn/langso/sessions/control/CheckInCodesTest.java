package vn.langso.sessions.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class CheckInCodesTest {

    static final String SECRET = "bf3kq2m7x9w4t6y8";
    static final Instant NOW = Instant.parse("2026-12-06T12:00:10Z");

    @Test
    void theCodeOfThisStepAndOfTheOneBeforeAreTakenAndNoOther() {
        long step = CheckInCodes.step(NOW);
        String current = CheckInCodes.code(SECRET, step);

        assertThat(current).matches("\\d{6}");
        assertThat(CheckInCodes.matches(SECRET, current, NOW)).isTrue();
        assertThat(CheckInCodes.matches(SECRET, current.substring(0, 3) + " " + current.substring(3), NOW))
                .as("typed with a space")
                .isTrue();
        assertThat(CheckInCodes.matches(SECRET, current, NOW.plusSeconds(30)))
                .as("a step later")
                .isTrue();
        assertThat(CheckInCodes.matches(SECRET, current, NOW.plusSeconds(60)))
                .as("two steps later")
                .isFalse();
        assertThat(CheckInCodes.matches("another-secret-0", current, NOW)).isFalse();
        assertThat(CheckInCodes.code(SECRET, step + 1)).isNotEqualTo(current);
    }

    @Test
    void theCodeChangesEveryThirtySeconds() {
        assertThat(CheckInCodes.secondsLeft(NOW)).isEqualTo(20);
        assertThat(CheckInCodes.step(NOW.plusSeconds(20))).isEqualTo(CheckInCodes.step(NOW) + 1);
    }
}
