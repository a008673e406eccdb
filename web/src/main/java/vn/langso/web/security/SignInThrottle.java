package vn.langso.web.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Wrong passwords counted per client address and user name, on top of the account's own lockout. Five in a row from
 * one address pause that address for that user name, fifteen minutes and then twice as long for each further wrong
 * batch (at most a day), while the account itself is locked only for a few minutes (see {@code Account}): whoever
 * guesses the admin's password from one address stays paused, and the admin signing in from another gets in once the
 * short account lock has run out. Per server: a cluster of two gives an address twice the guesses, still a handful.
 */
final class SignInThrottle {

    static final int WRONG_PASSWORDS_BEFORE_PAUSE = 5;
    static final Duration FIRST_PAUSE = Duration.ofMinutes(15);
    static final Duration LONGEST_PAUSE = Duration.ofDays(1);

    /** Beyond this many entries the finished ones are dropped, so that made-up user names cannot fill the memory. */
    private static final int MOST_ENTRIES = 100_000;

    private final Clock clock;
    private final Map<String, WrongPasswords> byClientAndUser = new ConcurrentHashMap<>();

    SignInThrottle(Clock clock) {
        this.clock = clock;
    }

    boolean isPaused(String clientAddress, String username) {
        WrongPasswords wrong = byClientAndUser.get(key(clientAddress, username));
        return wrong != null && wrong.pausedAt(clock.instant());
    }

    void recordWrongPassword(String clientAddress, String username) {
        Instant now = clock.instant();
        if (byClientAndUser.size() >= MOST_ENTRIES) {
            byClientAndUser.values().removeIf(wrong -> wrong.finishedAt(now));
        }
        byClientAndUser.compute(
                key(clientAddress, username),
                (key, wrong) -> (wrong == null || wrong.finishedAt(now) ? WrongPasswords.NONE : wrong).plusOne(now));
    }

    void recordRightPassword(String clientAddress, String username) {
        byClientAndUser.remove(key(clientAddress, username));
    }

    private static String key(String clientAddress, String username) {
        return clientAddress + '\n' + (username == null ? "" : username.trim().toLowerCase(Locale.ROOT));
    }

    /**
     * @param inARow wrong passwords since the last pause ended
     * @param pauses pauses so far, each twice the one before
     * @param pausedUntil when the current pause ends, or null
     */
    private record WrongPasswords(int inARow, int pauses, Instant pausedUntil, Instant last) {

        static final WrongPasswords NONE = new WrongPasswords(0, 0, null, Instant.EPOCH);

        boolean pausedAt(Instant now) {
            return pausedUntil != null && now.isBefore(pausedUntil);
        }

        /** Nothing wrong for as long as the longest pause: the address starts afresh. */
        boolean finishedAt(Instant now) {
            return !pausedAt(now) && last.plus(LONGEST_PAUSE).isBefore(now);
        }

        WrongPasswords plusOne(Instant now) {
            if (pausedAt(now)) {
                return this;
            }
            if (inARow + 1 < WRONG_PASSWORDS_BEFORE_PAUSE) {
                return new WrongPasswords(inARow + 1, pauses, pausedUntil, now);
            }
            Duration pause = FIRST_PAUSE.multipliedBy(1L << Math.min(pauses, 10));
            return new WrongPasswords(
                    0, pauses + 1, now.plus(pause.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause), now);
        }
    }
}
