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
import vn.langso.accounts.control.PasswordPolicy;
import vn.langso.accounts.entity.Account;
import vn.langso.accounts.entity.Role;

@Stateless
@DeclareRoles({"ADMIN", "COORDINATOR", "TRAINER", "TEAM_LEADER", "MEMBER"})
public class Accounts {

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

    /** Whether the account has a first or temporary password that must be changed before anything else. */
    @PermitAll
    public boolean mustChangePassword(String username) {
        return callers.of(normalize(username)).mustChangePassword();
    }

    /** The signed-in caller changes their own password, proving they know the current one. */
    @RolesAllowed({"ADMIN", "COORDINATOR", "TRAINER", "TEAM_LEADER", "MEMBER"})
    public void changeOwnPassword(String currentPassword, String newPassword) {
        Account account = caller();
        em.refresh(account, LockModeType.PESSIMISTIC_WRITE);
        LocalDateTime now = now();
        // Guessing the current password here counts toward the lockout as at sign-in; a locked account guesses no more.
        if (account.isLockedAt(now)) {
            throw new PasswordRejectedException("password.locked");
        }
        if (currentPassword == null || !hasher.matches(currentPassword, account.getPasswordHash())) {
            account.recordFailedSignIn(now);
            throw new PasswordRejectedException(account.isLockedAt(now) ? "password.locked" : "password.currentWrong");
        }
        account.recordSuccessfulSignIn();
        if (newPassword != null && newPassword.equals(currentPassword)) {
            throw new PasswordRejectedException("password.notNew");
        }
        Optional<String> refusal = PasswordPolicy.refusal(account.getUsername(), newPassword);
        if (refusal.isPresent()) {
            throw new PasswordRejectedException(refusal.get(), PasswordPolicy.MINIMUM_LENGTH);
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
