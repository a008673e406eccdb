package vn.langso.accounts.boundary;

import java.util.Set;
import vn.langso.accounts.entity.Role;
import vn.langso.kernel.AreaScope;

/**
 * Who is calling, as every boundary needs it: the account, its roles, the team member it belongs to (if any) and the
 * area it may see. {@link #NOBODY} for an unknown or disabled account, which therefore sees nothing.
 */
public record Caller(
        long accountId,
        String username,
        String displayName,
        Set<Role> roles,
        Long memberId,
        AreaScope area,
        String securityStamp,
        boolean enabled,
        boolean mustChangePassword) {

    public static final Caller NOBODY = new Caller(0, "", "", Set.of(), null, AreaScope.NOWHERE, "", false, false);

    public boolean has(Role role) {
        return enabled && roles.contains(role);
    }

    public boolean isKnown() {
        return enabled && accountId != 0;
    }
}
