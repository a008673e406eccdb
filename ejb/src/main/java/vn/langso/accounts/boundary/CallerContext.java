package vn.langso.accounts.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.langso.accounts.entity.Account;
import vn.langso.accounts.entity.Role;
import vn.langso.kernel.AreaScope;

/**
 * The caller, resolved once per request: the sign-in check, the page and the boundaries it calls all read the same
 * account lookup instead of each its own. Kept by user name, since a request may act as more than one identity
 * (the sign-in names the user before the container knows it; tests run steps as several callers).
 */
@RequestScoped
public class CallerContext {

    @PersistenceContext
    EntityManager em;

    @Inject
    Principal principal;

    private final Map<String, Caller> byUsername = new HashMap<>();

    public Caller current() {
        return of(principal == null ? null : principal.getName());
    }

    public Caller of(String username) {
        if (username == null || username.isBlank()) {
            return Caller.NOBODY;
        }
        return byUsername.computeIfAbsent(username, this::load);
    }

    /** After the caller's own account changed in this request (password, roles), the next read sees it. */
    public void forget(String username) {
        byUsername.remove(username);
    }

    /** The caller of an account another boundary of this component has just read (a device token's holder). */
    Caller remember(Account account) {
        return byUsername.computeIfAbsent(account.getUsername(), username -> callerOf(account));
    }

    private Caller load(String username) {
        List<Account> found = em.createNamedQuery(Account.FIND_BY_USERNAME, Account.class)
                .setParameter("username", username)
                .getResultList();
        return found.isEmpty() ? Caller.NOBODY : callerOf(found.get(0));
    }

    private static Caller callerOf(Account account) {
        return new Caller(
                account.getId(),
                account.getUsername(),
                account.getDisplayName(),
                Set.copyOf(account.getRoles()),
                account.getMember() == null ? null : account.getMember().getId(),
                areaOf(account),
                account.securityStamp(),
                account.isEnabled(),
                account.isMustChangePassword());
    }

    /** Everything for an admin, the scope unit's subtree for a coordinator or team leader, nothing otherwise. */
    private static AreaScope areaOf(Account account) {
        if (!account.isEnabled()) {
            return AreaScope.NOWHERE;
        }
        if (account.getRoles().contains(Role.ADMIN)) {
            return AreaScope.EVERYWHERE;
        }
        boolean scoped = account.getRoles().contains(Role.COORDINATOR)
                || account.getRoles().contains(Role.TEAM_LEADER);
        if (!scoped || account.getScopeUnit() == null) {
            return AreaScope.NOWHERE;
        }
        return AreaScope.subtreeOf(account.getScopeUnit().getPath());
    }
}
