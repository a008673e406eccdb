package vn.langso.accounts.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.langso.accounts.control.PasswordHasher;
import vn.langso.accounts.entity.Account;
import vn.langso.accounts.entity.Role;

@Stateless
@DeclareRoles({"ADMIN", "COORDINATOR", "TRAINER", "TEAM_LEADER", "MEMBER"})
public class Accounts {

    static final int MINIMUM_PASSWORD_LENGTH = 8;
    static final Set<String> LANGUAGES = Set.of("vi", "en");

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerContext callers;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    private final PasswordHasher hasher = new PasswordHasher();

    @PermitAll
    public SignIn signIn(String username, String password) {
        Optional<Account> found = findByUsername(normalize(username));
        if (found.isEmpty()) {
            hasher.verifyDecoy(password);
            return SignIn.refused();
        }
        Account account = found.get();
        boolean passwordMatches = hasher.matches(password, account.getPasswordHash());
        // Locked after the slow hash, so concurrent attempts queue only for the counter update.
        em.refresh(account, LockModeType.PESSIMISTIC_WRITE);
        LocalDateTime now = now();
        if (!account.isEnabled() || account.isLockedAt(now)) {
            return SignIn.refused();
        }
        if (!passwordMatches) {
            account.recordFailedSignIn(now);
            return SignIn.refused();
        }
        account.recordSuccessfulSignIn();
        return SignIn.accepted(account.getUsername(), account.getRoles());
    }

    /** The account's current security stamp; empty when it no longer exists. Read once per request. */
    @PermitAll
    public Optional<String> securityStamp(String username) {
        Caller caller = callers.of(normalize(username));
        return caller.accountId() == 0 ? Optional.empty() : Optional.of(caller.securityStamp());
    }

    /** The signed-in caller changes their own password, proving they know the current one. */
    @RolesAllowed({"ADMIN", "COORDINATOR", "TRAINER", "TEAM_LEADER", "MEMBER"})
    public void changeOwnPassword(String currentPassword, String newPassword) {
        Account account = caller();
        if (!hasher.matches(currentPassword, account.getPasswordHash())) {
            throw new PasswordRejectedException("password.currentWrong");
        }
        if (newPassword == null || newPassword.length() < MINIMUM_PASSWORD_LENGTH) {
            throw new PasswordRejectedException("password.tooShort", MINIMUM_PASSWORD_LENGTH);
        }
        if (newPassword.equals(currentPassword) || newPassword.equalsIgnoreCase(account.getUsername())) {
            throw new PasswordRejectedException("password.notNew");
        }
        account.changePassword(hasher.hash(newPassword));
        callers.forget(account.getUsername());
    }

    @RolesAllowed({"ADMIN", "COORDINATOR", "TRAINER", "TEAM_LEADER", "MEMBER"})
    public void choosePreferredLanguage(String language) {
        if (LANGUAGES.contains(language)) {
            caller().setPreferredLanguage(language);
        }
    }

    @RolesAllowed({"ADMIN", "COORDINATOR", "TRAINER", "TEAM_LEADER", "MEMBER"})
    public Profile callerProfile() {
        Account account = caller();
        return new Profile(
                account.getUsername(),
                account.getDisplayName(),
                account.getRoles(),
                account.getPreferredLanguage(),
                account.isMustChangePassword());
    }

    @RolesAllowed("ADMIN")
    public Map<Role, Long> countByRole() {
        Map<Role, Long> counts = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            counts.put(role, 0L);
        }
        em.createNamedQuery(Account.COUNT_BY_ROLE, Object[].class)
                .getResultList()
                .forEach(row -> counts.put((Role) row[0], (Long) row[1]));
        return counts;
    }

    private Account caller() {
        String username = session.getCallerPrincipal().getName();
        return findByUsername(username)
                .orElseThrow(() -> new IllegalStateException("Signed in as an unknown account: " + username));
    }

    private Optional<Account> findByUsername(String username) {
        return em.createNamedQuery(Account.FIND_BY_USERNAME, Account.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst();
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    private static String normalize(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }
}
