package vn.langso.kernel;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * Bearer secrets handed out once (a phone's device token, a member's private calendar link): 256 random bits,
 * URL-safe, and stored only as their SHA-256, so that a copy of the database signs nobody in.
 */
public final class SecretTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private SecretTokens() {}

    public static String newToken() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    /** What is stored and looked up: the SHA-256 of the token, in hex. */
    public static String hash(String token) {
        return Sha256.hex(token);
    }
}
