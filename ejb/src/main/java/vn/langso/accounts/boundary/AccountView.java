package vn.langso.accounts.boundary;

import java.time.LocalDateTime;
import java.util.List;
import vn.langso.accounts.entity.Role;

/**
 * An account as the administrator sees it: its roles, its area (scope unit), the member it belongs to.
 * {@code lockedUntil} is set only while a lock lasts.
 */
public record AccountView(
        long id,
        String username,
        String displayName,
        List<Role> roles,
        String scopeCode,
        String scopeName,
        String memberName,
        String memberPhone,
        boolean enabled,
        boolean mustChangePassword,
        LocalDateTime lockedUntil) {

    /** For the list query, which reads the roles separately: a collection cannot be a constructor argument. */
    public AccountView(
            long id,
            String username,
            String displayName,
            String scopeCode,
            String scopeName,
            String memberName,
            String memberPhone,
            boolean enabled,
            boolean mustChangePassword,
            LocalDateTime lockedUntil) {
        this(
                id,
                username,
                displayName,
                List.of(),
                scopeCode,
                scopeName,
                memberName,
                memberPhone,
                enabled,
                mustChangePassword,
                lockedUntil);
    }

    /** With its roles, and without a lock that has ended by {@code now}. */
    public AccountView with(List<Role> roles, LocalDateTime now) {
        LocalDateTime lock = lockedUntil != null && now.isBefore(lockedUntil) ? lockedUntil : null;
        return new AccountView(
                id,
                username,
                displayName,
                List.copyOf(roles),
                scopeCode,
                scopeName,
                memberName,
                memberPhone,
                enabled,
                mustChangePassword,
                lock);
    }
}
