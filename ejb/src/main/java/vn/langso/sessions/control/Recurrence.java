package vn.langso.sessions.control;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.dmfs.rfc5545.DateTime;
import org.dmfs.rfc5545.recur.InvalidRecurrenceRuleException;
import org.dmfs.rfc5545.recur.RecurrenceRule;
import org.dmfs.rfc5545.recur.RecurrenceRuleIterator;
import vn.langso.kernel.InvalidInputException;

/**
 * The starts a series gives within a window, expanded by lib-recur from its RFC 5545 rule and its first start in
 * Vietnam's wall-clock time. Vietnam keeps one offset all year, so the rule runs on floating local times and a
 * session at 19:30 stays at 19:30 in every month.
 */
public final class Recurrence {

    private Recurrence() {}

    /** The starts from {@code from} (inclusive) to {@code to} (exclusive); a one-off series has its first start. */
    public static List<LocalDateTime> startsBetween(
            LocalDateTime firstStart, String rrule, LocalDateTime from, LocalDateTime to) {
        List<LocalDateTime> starts = new ArrayList<>();
        if (rrule == null) {
            if (!firstStart.isBefore(from) && firstStart.isBefore(to)) {
                starts.add(firstStart);
            }
            return starts;
        }
        RecurrenceRuleIterator iterator = rule(rrule).iterator(floating(firstStart));
        int seen = 0;
        while (iterator.hasNext() && seen++ < RecurrencePlan.MOST_SESSIONS * 10) {
            LocalDateTime start = local(iterator.nextDateTime());
            if (!start.isBefore(to)) {
                break;
            }
            if (!start.isBefore(from)) {
                starts.add(start);
            }
        }
        return starts;
    }

    /** Whether the rule gives a start at or after {@code from}; a one-off series, whether its start is. */
    public static boolean startsFrom(LocalDateTime firstStart, String rrule, LocalDateTime from) {
        if (rrule == null) {
            return !firstStart.isBefore(from);
        }
        RecurrenceRule rule = rule(rrule);
        if (rule.isInfinite()) {
            return true;
        }
        RecurrenceRuleIterator iterator = rule.iterator(floating(firstStart));
        iterator.fastForward(floating(from));
        return iterator.hasNext();
    }

    private static RecurrenceRule rule(String rrule) {
        try {
            return new RecurrenceRule(rrule);
        } catch (InvalidRecurrenceRuleException e) {
            throw new InvalidInputException("rrule", "sessions.recurrence.invalid");
        }
    }

    private static DateTime floating(LocalDateTime time) {
        return new DateTime(
                time.getYear(),
                time.getMonthValue() - 1,
                time.getDayOfMonth(),
                time.getHour(),
                time.getMinute(),
                time.getSecond());
    }

    private static LocalDateTime local(DateTime time) {
        return LocalDateTime.of(
                time.getYear(),
                time.getMonth() + 1,
                time.getDayOfMonth(),
                time.getHours(),
                time.getMinutes(),
                time.getSeconds());
    }
}
