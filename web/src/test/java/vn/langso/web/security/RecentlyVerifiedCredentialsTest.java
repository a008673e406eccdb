package vn.langso.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RecentlyVerifiedCredentialsTest {

    MutableClock clock = new MutableClock();
    RecentlyVerifiedCredentials recent = new RecentlyVerifiedCredentials(clock);

    @Test
    void rememberedCredentialsAnswerTheirRoles() {
        recent.remember("tovien", "dung", Set.of("MEMBER"), "stamp-1");

        assertThat(recent.rolesOf("tovien", "dung", "stamp-1")).hasValue(Set.of("MEMBER"));
    }

    @Test
    void anotherPasswordIsNotRemembered() {
        recent.remember("tovien", "dung", Set.of("MEMBER"), "stamp-1");

        assertThat(recent.rolesOf("tovien", "sai", "stamp-1")).isEmpty();
        assertThat(recent.rolesOf("totruong", "dung", "stamp-1")).isEmpty();
    }

    @Test
    void aChangedAccountNoLongerMatchesItsRememberedCredentials() {
        recent.remember("tovien", "dung", Set.of("MEMBER"), "stamp-1");

        assertThat(recent.rolesOf("tovien", "dung", "stamp-2")).isEmpty();
    }

    @Test
    void credentialsAreForgottenAfterTheirLifetime() {
        recent.remember("tovien", "dung", Set.of("MEMBER"), "stamp-1");

        clock.now = clock.now.plus(RecentlyVerifiedCredentials.LIFETIME);

        assertThat(recent.rolesOf("tovien", "dung", "stamp-1")).isEmpty();
    }

    @Test
    void aFailedAttemptForgetsTheUserSoALockoutIsNeverBypassed() {
        recent.remember("tovien", "dung", Set.of("MEMBER"), "stamp-1");

        recent.forget("TOVIEN");

        assertThat(recent.rolesOf("tovien", "dung", "stamp-1")).isEmpty();
    }

    static class MutableClock extends Clock {
        Instant now = Instant.parse("2026-11-22T08:00:00Z");

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
