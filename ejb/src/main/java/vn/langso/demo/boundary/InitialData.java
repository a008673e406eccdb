package vn.langso.demo.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Set;
import java.util.logging.Logger;
import vn.langso.accounts.control.PasswordGenerator;
import vn.langso.accounts.control.PasswordHasher;
import vn.langso.accounts.entity.Account;
import vn.langso.accounts.entity.Role;

/** Gives an empty database its first data; a database that has any account is left as it is. */
@Stateless
public class InitialData {

    private static final Logger LOG = Logger.getLogger(InitialData.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    private final PasswordHasher hasher = new PasswordHasher();

    public void prepare(DemoMode mode) {
        if (em.createNamedQuery(Account.COUNT, Long.class).getSingleResult() > 0) {
            return;
        }
        if (mode == DemoMode.NONE) {
            createFirstAdmin();
        } else {
            loadDemoAccounts();
        }
    }

    private void loadDemoAccounts() {
        String hash = hasher.hash(DemoAccounts.PASSWORD);
        LocalDateTime now = LocalDateTime.now(clock);
        DemoAccounts.ALL.forEach(
                demo -> em.persist(new Account(demo.username(), demo.displayName(), hash, demo.roles(), now)));
        LOG.info(() -> "Demo data loaded: " + DemoAccounts.ALL.size() + " demo accounts, password in README.md");
    }

    private void createFirstAdmin() {
        String password = new PasswordGenerator().generate();
        Account admin =
                new Account("admin", "Quản trị", hasher.hash(password), Set.of(Role.ADMIN), LocalDateTime.now(clock));
        admin.resetPassword(admin.getPasswordHash());
        em.persist(admin);
        // Shown once, on the console of the first start; it must be changed at first sign-in.
        LOG.warning(() -> "First sign-in: user 'admin', password '" + password + "' (to be changed at first sign-in)");
    }
}
