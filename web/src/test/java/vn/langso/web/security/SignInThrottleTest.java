package vn.langso.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    RecentlyVerifiedCredentialsTest.MutableClock clock = new RecentlyVerifiedCredentialsTest.MutableClock();
    SignInThrottle throttle = new SignInThrottle(clock);

    @Test
    void fiveWrongPasswordsPauseThatAddressForThatUserOnly() {
        wrongTimes(5, "10.0.0.1", "admin");

        assertThat(throttle.isPaused("10.0.0.1", "admin")).isTrue();
        assertThat(throttle.isPaused("10.0.0.2", "admin")).as("another address").isFalse();
        assertThat(throttle.isPaused("10.0.0.1", "dieuphoi")).as("another user").isFalse();
    }

    @Test
    void fourWrongPasswordsAndARightOneStartAfresh() {
        wrongTimes(4, "10.0.0.1", "admin");
        throttle.recordRightPassword("10.0.0.1", "admin");
        wrongTimes(4, "10.0.0.1", "admin");

        assertThat(throttle.isPaused("10.0.0.1", "admin")).isFalse();
    }

    @Test
    void eachFurtherBatchOfWrongPasswordsPausesTwiceAsLong() {
        wrongTimes(5, "10.0.0.1", "Admin ");
        clock.now = clock.now.plus(Duration.ofMinutes(15).plusSeconds(1));
        assertThat(throttle.isPaused("10.0.0.1", "admin")).isFalse();

        wrongTimes(5, "10.0.0.1", "admin");
        clock.now = clock.now.plus(Duration.ofMinutes(29));
        assertThat(throttle.isPaused("10.0.0.1", "admin"))
                .as("the second pause lasts 30 minutes")
                .isTrue();
        clock.now = clock.now.plus(Duration.ofMinutes(2));
        assertThat(throttle.isPaused("10.0.0.1", "admin")).isFalse();
    }

    @Test
    void wrongPasswordsDuringAPauseDoNotLengthenIt() {
        wrongTimes(5, "10.0.0.1", "admin");
        wrongTimes(20, "10.0.0.1", "admin");
        clock.now = clock.now.plus(Duration.ofMinutes(15).plusSeconds(1));

        assertThat(throttle.isPaused("10.0.0.1", "admin")).isFalse();
    }

    private void wrongTimes(int times, String address, String username) {
        for (int i = 0; i < times; i++) {
            throttle.recordWrongPassword(address, username);
        }
    }
}
