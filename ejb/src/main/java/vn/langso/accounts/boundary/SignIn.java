package vn.langso.accounts.boundary;

import java.util.Set;
import vn.langso.accounts.entity.Role;

/**
 * The answer to a sign-in attempt. A refusal carries no reason: wrong password, unknown user, disabled and
 * locked accounts all look the same from outside.
 */
public record SignIn(boolean accepted, String username, Set<Role> roles) {

    static SignIn accepted(String username, Set<Role> roles) {
        return new SignIn(true, username, roles);
    }

    static SignIn refused() {
        return new SignIn(false, null, Set.of());
    }
}
