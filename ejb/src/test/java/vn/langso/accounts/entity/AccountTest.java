package vn.langso.accounts.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccountTest {

    static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 22, 8, 0);

    final Account account = new Account("tovien", "Phạm Thị Mai", "hash", Set.of(Role.MEMBER), NOW);

    @Test
    void fourWrongPasswordsInARowDoNotLock() {
        failTimes(4);

        assertThat(account.isLockedAt(NOW)).isFalse();
    }

    @Test
    void fifthWrongPasswordInARowLocksForFiveMinutes() {
        failTimes(5);

        assertThat(account.isLockedAt(NOW)).isTrue();
        assertThat(account.isLockedAt(NOW.plusMinutes(4).plusSeconds(59))).isTrue();
        assertThat(account.isLockedAt(NOW.plusMinutes(5))).isFalse();
    }

    @Test
    void successfulSignInStartsTheCountAgain() {
        failTimes(4);
        account.recordSuccessfulSignIn();
        failTimes(4);

        assertThat(account.isLockedAt(NOW)).isFalse();
    }

    @Test
    void afterTheLockExpiresTheCountStartsAgain() {
        failTimes(5);
        LocalDateTime later = NOW.plusMinutes(16);

        account.recordFailedSignIn(later);

        assertThat(account.isLockedAt(later)).isFalse();
    }

    @Test
    void resetPasswordMustBeChangedAtNextSignIn() {
        account.resetPassword("temporary");
        assertThat(account.isMustChangePassword()).isTrue();

        account.changePassword("chosen");
        assertThat(account.isMustChangePassword()).isFalse();
        assertThat(account.getPasswordHash()).isEqualTo("chosen");
    }

    private void failTimes(int times) {
        for (int i = 0; i < times; i++) {
            account.recordFailedSignIn(NOW);
        }
    }
}
