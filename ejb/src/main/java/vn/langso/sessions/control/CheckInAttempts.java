package vn.langso.sessions.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Wrong check-in codes per member: after {@link #MOST_WRONG} in {@link #WINDOW} he waits, so six digits cannot be
 * guessed by trying them all (two codes are valid at a time: a guess has one chance in 500,000). Kept in memory: on
 * a cluster each node counts its own, which still leaves a guesser no real chance.
 */
@ApplicationScoped
public class CheckInAttempts {

    static final int MOST_WRONG = 10;
    static final Duration WINDOW = Duration.ofMinutes(10);

    private final Map<Long, Deque<Instant>> wrong = new ConcurrentHashMap<>();

    /** Whether the member may try a code now. */
    public boolean mayTry(long memberId, Instant now) {
        Deque<Instant> times = wrong.get(memberId);
        if (times == null) {
            return true;
        }
        synchronized (times) {
            while (!times.isEmpty() && times.peekFirst().isBefore(now.minus(WINDOW))) {
                times.pollFirst();
            }
            return times.size() < MOST_WRONG;
        }
    }

    public void wrongCode(long memberId, Instant now) {
        Deque<Instant> times = wrong.computeIfAbsent(memberId, member -> new ArrayDeque<>());
        synchronized (times) {
            times.addLast(now);
        }
    }
}
