package vn.langso.web.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * API credentials that passed the full check a moment ago. HTTP Basic sends them with every call, and each full
 * check costs a deliberately slow PBKDF2 hash; for a short while a fast keyed digest stands in. A remembered
 * credential holds only while the account's security stamp is unchanged (password, enabled flag, roles), and any
 * failed attempt for a user forgets that user, so a lockout is never bypassed.
 */
class RecentlyVerifiedCredentials {

    static final Duration LIFETIME = Duration.ofMinutes(2);
    static final int MAXIMUM_ENTRIES = 20_000;

    private record Verified(String username, Set<String> roles, String stamp, Instant expiresAt) {}

    private final Map<String, Verified> byDigest = new ConcurrentHashMap<>();
    private final byte[] processSecret = new byte[32];
    private final Clock clock;

    RecentlyVerifiedCredentials(Clock clock) {
        this.clock = clock;
        new SecureRandom().nextBytes(processSecret);
    }

    Optional<Set<String>> rolesOf(String username, String password, String currentStamp) {
        Verified verified = byDigest.get(digest(username, password));
        if (verified == null
                || !clock.instant().isBefore(verified.expiresAt())
                || !verified.stamp().equals(currentStamp)) {
            return Optional.empty();
        }
        return Optional.of(verified.roles());
    }

    void remember(String username, String password, Set<String> roles, String stamp) {
        Instant now = clock.instant();
        if (byDigest.size() >= MAXIMUM_ENTRIES) {
            byDigest.values().removeIf(v -> !now.isBefore(v.expiresAt()));
        }
        if (byDigest.size() < MAXIMUM_ENTRIES) {
            byDigest.put(
                    digest(username, password), new Verified(username, Set.copyOf(roles), stamp, now.plus(LIFETIME)));
        }
    }

    void forget(String username) {
        byDigest.values().removeIf(v -> v.username().equalsIgnoreCase(username.trim()));
    }

    private String digest(String username, String password) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(processSecret);
            sha256.update(username.trim().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
            sha256.update((byte) 0);
            sha256.update(password.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
