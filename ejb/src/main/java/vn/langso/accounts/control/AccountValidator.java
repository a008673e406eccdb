package vn.langso.accounts.control;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import vn.langso.accounts.entity.Role;
import vn.langso.kernel.InvalidInputException;
import vn.langso.org.entity.Member;

/**
 * The rules an account's details obey before anything is looked up in the database: each method answers the
 * cleaned value or refuses it, naming the field at fault.
 */
public class AccountValidator {

    public static final int USERNAME_MAXIMUM = 64;
    public static final int DISPLAY_NAME_MAXIMUM = 120;
    /** The roles whose account sees one area, a unit and its subtree, and so must be given one. */
    public static final Set<Role> SCOPED_ROLES = EnumSet.of(Role.COORDINATOR, Role.TEAM_LEADER);

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]+");
    private static final Pattern PHONE_SEPARATORS = Pattern.compile("[\\s.-]");

    /** Lower case, since sign-in lower-cases what people type. */
    public String username(String typed) {
        String username = typed == null ? "" : typed.trim().toLowerCase(Locale.ROOT);
        if (username.isEmpty()) {
            throw new InvalidInputException("username", "accounts.usernameRequired");
        }
        if (username.length() > USERNAME_MAXIMUM || !USERNAME.matcher(username).matches()) {
            throw new InvalidInputException("username", "accounts.usernameFormat", USERNAME_MAXIMUM);
        }
        return username;
    }

    public String displayName(String typed) {
        String name = typed == null ? "" : typed.trim();
        if (name.isEmpty()) {
            throw new InvalidInputException("displayName", "accounts.displayNameRequired");
        }
        if (name.length() > DISPLAY_NAME_MAXIMUM) {
            throw new InvalidInputException("displayName", "accounts.displayNameTooLong", DISPLAY_NAME_MAXIMUM);
        }
        return name;
    }

    public Set<Role> roles(Set<Role> chosen) {
        if (chosen == null || chosen.isEmpty()) {
            throw new InvalidInputException("roles", "accounts.rolesRequired");
        }
        return EnumSet.copyOf(chosen);
    }

    /** The scope unit's code, or null: coordinators and team leaders need one, nobody else may have one. */
    public String scopeCode(Set<Role> roles, String typed) {
        String code = typed == null || typed.isBlank() ? null : typed.trim();
        boolean scoped = roles.stream().anyMatch(SCOPED_ROLES::contains);
        if (scoped && code == null) {
            throw new InvalidInputException("scopeCode", "accounts.scopeRequired");
        }
        if (!scoped && code != null) {
            throw new InvalidInputException("scopeCode", "accounts.scopeNotAllowed");
        }
        return code;
    }

    /** The member's mobile number without the spaces, dots and dashes people type in it, or null for none. */
    public String memberPhone(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String phone = PHONE_SEPARATORS.matcher(typed).replaceAll("");
        if (!phone.matches(Member.MOBILE_PHONE)) {
            throw new InvalidInputException("memberPhone", "accounts.memberPhoneFormat");
        }
        return phone;
    }

    /** An administrator who took away their own ADMIN role could not undo it, nor could anyone if they were the last. */
    public void keepsOwnAdminRole(boolean ownAccount, Set<Role> roles) {
        if (ownAccount && !roles.contains(Role.ADMIN)) {
            throw new InvalidInputException("roles", "accounts.ownAdminRole");
        }
    }

    public void keepsOwnAccountEnabled(boolean ownAccount, boolean enabled) {
        if (ownAccount && !enabled) {
            throw new InvalidInputException(null, "accounts.ownAccountDisabled");
        }
    }
}
