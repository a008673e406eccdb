package vn.langso.accounts.boundary;

import java.util.Set;
import vn.langso.accounts.entity.Role;

/** The signed-in person as the pages show them. */
public record Profile(
        String username, String displayName, Set<Role> roles, String preferredLanguage, boolean mustChangePassword) {}
