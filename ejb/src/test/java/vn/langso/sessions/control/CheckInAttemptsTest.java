package vn.langso.sessions.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class CheckInAttemptsTest {

    static final Instant NOW = Instant.parse("2026-12-06T12:00:00Z");

    @Test
    void tenTriesMakeAMemberWaitTenMinutesAndNoOneElse() {
        CheckInAttempts attempts = new CheckInAttempts();
        for (int i = 0; i < CheckInAttempts.MOST_TRIES; i++) {
            assertThat(attempts.tryOnce(7, NOW.plusSeconds(i))).isTrue();
        }

        assertThat(attempts.tryOnce(7, NOW.plusSeconds(60))).isFalse();
        assertThat(attempts.tryOnce(8, NOW.plusSeconds(60)))
                .as("another member")
                .isTrue();
        assertThat(attempts.tryOnce(7, NOW.plus(CheckInAttempts.WINDOW).plusSeconds(10)))
                .as("ten minutes after his tenth try")
                .isTrue();
    }
}
