package vn.langso.accounts.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.langso.accounts.entity.Account;
import vn.langso.accounts.entity.DeviceToken;
import vn.langso.accounts.entity.Role;
import vn.langso.kernel.NotFoundException;
import vn.langso.kernel.SecretTokens;

/**
 * Sign-in for the field app: a bearer token per device, issued to a caller who just proved their password, kept only
 * as a hash, listed and revoked by its owner or an admin, and ended by any change of the account's security stamp.
 */
@Stateless
@RolesAllowed({"ADMIN", "COORDINATOR", "TRAINER", "TEAM_LEADER", "MEMBER"})
public class DeviceTokens {

    public record Issued(long id, String token, String deviceName, LocalDateTime createdAt) {}

    public record TokenView(
            long id,
            String username,
            String deviceName,
            LocalDateTime createdAt,
            LocalDateTime lastUsedAt,
            LocalDateTime revokedAt) {}

    public record TokenHolder(String username, Set<Role> roles) {}

    /** Writing the last use on every call would make each API read a write; once in a while is enough to list. */
    static final Duration LAST_USE_PRECISION = Duration.ofMinutes(5);

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    CallerContext callers;

    public Issued issue(String deviceName) {
        Account account = em.find(Account.class, callers.current().accountId());
        if (account == null || !account.isEnabled()) {
            throw new NotFoundException();
        }
        String token = SecretTokens.newToken();
        String name = deviceName == null || deviceName.isBlank()
                ? "?"
                : deviceName.trim().substring(0, Math.min(120, deviceName.trim().length()));
        DeviceToken stored = new DeviceToken(account, hash(token), name, now());
        em.persist(stored);
        em.flush();
        return new Issued(stored.getId(), token, name, stored.getCreatedAt());
    }

    /** The holder of a token still good; empty for an unknown, revoked or outdated one. */
    @PermitAll
    public Optional<TokenHolder> holder(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        Optional<DeviceToken> found = em.createQuery(
                        "select t from DeviceToken t join fetch t.account where t.tokenHash = :hash", DeviceToken.class)
                .setParameter("hash", hash(token))
                .getResultStream()
                .findFirst();
        if (found.isEmpty() || !found.get().isValid()) {
            return Optional.empty();
        }
        DeviceToken valid = found.get();
        LocalDateTime now = now();
        if (valid.getLastUsedAt() == null
                || valid.getLastUsedAt().plus(LAST_USE_PRECISION).isBefore(now)) {
            valid.used(now);
        }
        // The request this token signs in goes on to ask who its caller is: answer from this account, read already.
        Caller caller = callers.remember(valid.getAccount());
        return Optional.of(new TokenHolder(caller.username(), caller.roles()));
    }

    public List<TokenView> mine() {
        return em
                .createQuery(
                        "select t from DeviceToken t where t.account.id = :account order by t.createdAt desc",
                        DeviceToken.class)
                .setParameter("account", callers.current().accountId())
                .getResultList()
                .stream()
                .map(DeviceTokens::view)
                .toList();
    }

    @RolesAllowed("ADMIN")
    public List<TokenView> ofAccount(long accountId) {
        return em
                .createQuery(
                        "select t from DeviceToken t where t.account.id = :account order by t.createdAt desc",
                        DeviceToken.class)
                .setParameter("account", accountId)
                .getResultList()
                .stream()
                .map(DeviceTokens::view)
                .toList();
    }

    /** The owner revokes their own token, an admin anyone's; another's token answers not found. */
    public void revoke(long tokenId) {
        DeviceToken token = em.find(DeviceToken.class, tokenId);
        Caller caller = callers.current();
        if (token == null || (token.getAccount().getId() != caller.accountId() && !caller.has(Role.ADMIN))) {
            throw new NotFoundException();
        }
        token.revoke(now());
    }

    /** Signing out of the field app: the token it was sent with ends. */
    public void revokeToken(String token) {
        em.createQuery("select t from DeviceToken t where t.tokenHash = :hash", DeviceToken.class)
                .setParameter("hash", hash(token))
                .getResultStream()
                .filter(t -> t.getAccount().getId() == callers.current().accountId())
                .forEach(t -> t.revoke(now()));
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    private static TokenView view(DeviceToken token) {
        return new TokenView(
                token.getId(),
                token.getAccount().getUsername(),
                token.getDeviceName(),
                token.getCreatedAt(),
                token.getLastUsedAt(),
                token.getRevokedAt());
    }

    static String hash(String token) {
        return SecretTokens.hash(token);
    }
}
