package vn.langso.org.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import vn.langso.accounts.entity.Account;
import vn.langso.accounts.entity.Role;

/** Finds the area a signed-in account may see; every boundary of the organisation asks here first. */
@Dependent
public class CallerAreas {

    @PersistenceContext
    EntityManager em;

    public AreaScope of(String username) {
        List<Account> found = em.createNamedQuery(Account.FIND_BY_USERNAME, Account.class)
                .setParameter("username", username)
                .getResultList();
        if (found.isEmpty()) {
            return AreaScope.NOWHERE;
        }
        Account account = found.get(0);
        // Read on every call, so a disabled account's session still open sees nothing from then on.
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
