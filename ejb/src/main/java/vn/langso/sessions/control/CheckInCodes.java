package vn.langso.sessions.control;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The rotating code a session's screen shows for self check-in: six digits derived from the session's secret and
 * the current 30-second step, as a time-based one-time password (RFC 6238, with HMAC-SHA256). A code is taken during
 * its own step and the one after, so a member who scans or types it as it changes is not refused.
 */
public final class CheckInCodes {

    public static final int STEP_SECONDS = 30;
    static final int DIGITS = 6;

    private CheckInCodes() {}

    public static long step(Instant now) {
        return now.getEpochSecond() / STEP_SECONDS;
    }

    /** Seconds until the code shown now changes. */
    public static int secondsLeft(Instant now) {
        return (int) (STEP_SECONDS - now.getEpochSecond() % STEP_SECONDS);
    }

    public static String code(String secret, long step) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.US_ASCII), "HmacSHA256"));
            byte[] hash =
                    mac.doFinal(ByteBuffer.allocate(Long.BYTES).putLong(step).array());
            int offset = hash[hash.length - 1] & 0x0f;
            int binary = ((hash[offset] & 0x7f) << 24)
                    | ((hash[offset + 1] & 0xff) << 16)
                    | ((hash[offset + 2] & 0xff) << 8)
                    | (hash[offset + 3] & 0xff);
            return String.format("%06d", binary % 1_000_000);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        }
    }

    /** Whether the code typed is the one of this step or of the step before. */
    public static boolean matches(String secret, String typed, Instant now) {
        if (secret == null || typed == null) {
            return false;
        }
        String digits = typed.replaceAll("\\s", "");
        long step = step(now);
        return digits.length() == DIGITS
                && (digits.equals(code(secret, step)) || digits.equals(code(secret, step - 1)));
    }
}
