package vn.langso.accounts.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.langso.accounts.entity.Role;
import vn.langso.kernel.InvalidInputException;

class AccountValidatorTest {

    final AccountValidator validator = new AccountValidator();

    @Test
    void usernameIsTrimmedAndLowerCased() {
        assertThat(validator.username("  Nguyen.Van_An-2 ")).isEqualTo("nguyen.van_an-2");
    }

    @Test
    void usernameWithSpacesOrDiacriticsIsRefused() {
        assertRefused(() -> validator.username("nguyen van"), "username", "accounts.usernameFormat");
        assertRefused(() -> validator.username("người"), "username", "accounts.usernameFormat");
        assertRefused(() -> validator.username("a@b"), "username", "accounts.usernameFormat");
    }

    @Test
    void blankOrOverlongUsernameIsRefused() {
        assertRefused(() -> validator.username("  "), "username", "accounts.usernameRequired");
        assertRefused(() -> validator.username("a".repeat(65)), "username", "accounts.usernameFormat");
        assertThat(validator.username("a".repeat(64))).hasSize(64);
    }

    @Test
    void displayNameIsTrimmedAndRequired() {
        assertThat(validator.displayName(" Lê Văn Hùng ")).isEqualTo("Lê Văn Hùng");
        assertRefused(() -> validator.displayName(""), "displayName", "accounts.displayNameRequired");
        assertRefused(() -> validator.displayName("x".repeat(121)), "displayName", "accounts.displayNameTooLong");
    }

    @Test
    void anAccountNeedsAtLeastOneRole() {
        assertRefused(() -> validator.roles(Set.of()), "roles", "accounts.rolesRequired");
        assertRefused(() -> validator.roles(null), "roles", "accounts.rolesRequired");
    }

    @Test
    void coordinatorAndTeamLeaderNeedAScope() {
        assertRefused(() -> validator.scopeCode(Set.of(Role.COORDINATOR), " "), "scopeCode", "accounts.scopeRequired");
        assertRefused(
                () -> validator.scopeCode(Set.of(Role.TEAM_LEADER, Role.MEMBER), null),
                "scopeCode",
                "accounts.scopeRequired");
        assertThat(validator.scopeCode(Set.of(Role.COORDINATOR), " 82 ")).isEqualTo("82");
    }

    @Test
    void otherRolesMayNotHaveAScope() {
        assertRefused(() -> validator.scopeCode(Set.of(Role.TRAINER), "82"), "scopeCode", "accounts.scopeNotAllowed");
        assertRefused(
                () -> validator.scopeCode(Set.of(Role.ADMIN, Role.MEMBER), "82"),
                "scopeCode",
                "accounts.scopeNotAllowed");
        assertThat(validator.scopeCode(Set.of(Role.MEMBER), "")).isNull();
    }

    @Test
    void memberPhoneLosesItsSeparatorsAndMustBeAMobileNumber() {
        assertThat(validator.memberPhone("0912 345.678")).isEqualTo("0912345678");
        assertThat(validator.memberPhone("  ")).isNull();
        assertRefused(() -> validator.memberPhone("0212345678"), "memberPhone", "accounts.memberPhoneFormat");
    }

    @Test
    void anAdministratorKeepsTheirOwnAdminRoleAndAccount() {
        assertRefused(() -> validator.keepsOwnAdminRole(true, Set.of(Role.TRAINER)), "roles", "accounts.ownAdminRole");
        assertRefused(() -> validator.keepsOwnAccountEnabled(true, false), null, "accounts.ownAccountDisabled");
        validator.keepsOwnAdminRole(false, Set.of(Role.TRAINER));
        validator.keepsOwnAdminRole(true, Set.of(Role.ADMIN, Role.TRAINER));
        validator.keepsOwnAccountEnabled(false, false);
        validator.keepsOwnAccountEnabled(true, true);
    }

    private static void assertRefused(Runnable call, String field, String messageKey) {
        InvalidInputException refused = assertThrows(InvalidInputException.class, call::run);
        assertThat(refused.field()).isEqualTo(field);
        assertThat(refused.messageKey()).isEqualTo(messageKey);
    }
}
