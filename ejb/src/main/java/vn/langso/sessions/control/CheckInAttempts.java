package vn.langso.sessions.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Check-in tries per member: after {@link #MOST_TRIES} in {@link #WINDOW} he waits, so six digits cannot be
 * guessed by trying them all (two codes are valid at a time: a guess has one chance in 500,000). Kept in memory: on
 * a cluster each node counts its own, which still leaves a guesser no real chance.
 */
@ApplicationScoped
public class CheckInAttempts {

    static final int MOST_TRIES = 10;
    static final Duration WINDOW = Duration.ofMinutes(10);

    private final Map<Long, Deque<Instant>> tries = new ConcurrentHashMap<>();

    /**
     * Counts a try and answers whether the member may make it: at most {@link #MOST_TRIES} tries in {@link #WINDOW},
     * right or wrong (a member checks in once a session; ten tries leave room for typing mistakes). Counted before
     * the code is checked, in one step, so tries sent at once cannot all pass.
     */
    public boolean tryOnce(long memberId, Instant now) {
        Deque<Instant> times = tries.computeIfAbsent(memberId, member -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && times.peekFirst().isBefore(now.minus(WINDOW))) {
                times.pollFirst();
            }
            if (times.size() >= MOST_TRIES) {
                return false;
            }
            times.addLast(now);
            return true;
        }
    }
}
