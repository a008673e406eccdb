package vn.langso.sessions.control;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.langso.kernel.InvalidInputException;

/**
 * How a series of village sessions repeats, as the schedule form asks it: once; weekly on chosen days every N weeks;
 * or monthly on the n-th (or last) weekday of the first session, every N months; until a date or a number of times.
 * {@link #rrule} writes it as an RFC 5545 rule, the form in which it is stored, expanded and put in a calendar feed.
 *
 * @param every weeks or months between two sessions, 1 for every one
 * @param weekdays the days of a weekly series (none: the first session's day)
 * @param until the last day a session may fall on, or null
 * @param count how many sessions in all, or null; a repeating series needs {@code until} or {@code count}
 */
public record RecurrencePlan(Repeat repeat, int every, Set<DayOfWeek> weekdays, LocalDate until, Integer count) {

    public enum Repeat {
        ONCE,
        WEEKLY,
        MONTHLY_WEEKDAY
    }

    /** A year of weekly sessions is 53; a series may not plan further ahead than this many. */
    public static final int MOST_SESSIONS = 200;

    private static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern("yyyyMMdd'T'235959");

    public RecurrencePlan {
        weekdays = weekdays == null || weekdays.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(weekdays));
    }

    public static RecurrencePlan once() {
        return new RecurrencePlan(Repeat.ONCE, 1, Set.of(), null, null);
    }

    /** The rule for a series whose first session starts then; null for a one-off session. */
    public String rrule(LocalDateTime firstStart) {
        if (repeat == Repeat.ONCE) {
            return null;
        }
        if (every < 1 || every > 12) {
            throw new InvalidInputException("every", "sessions.recurrence.every");
        }
        if ((until == null) == (count == null)) {
            throw new InvalidInputException("until", "sessions.recurrence.untilOrCount");
        }
        if (count != null && (count < 2 || count > MOST_SESSIONS)) {
            throw new InvalidInputException("count", "sessions.recurrence.count", MOST_SESSIONS);
        }
        if (until != null && !until.isAfter(firstStart.toLocalDate())) {
            throw new InvalidInputException("until", "sessions.recurrence.untilAfterStart");
        }
        StringBuilder rule = new StringBuilder();
        if (repeat == Repeat.WEEKLY) {
            Set<DayOfWeek> days = weekdays.isEmpty() ? Set.of(firstStart.getDayOfWeek()) : weekdays;
            rule.append("FREQ=WEEKLY;INTERVAL=")
                    .append(every)
                    .append(";BYDAY=")
                    .append(days.stream()
                            .sorted(Comparator.naturalOrder())
                            .map(RecurrencePlan::code)
                            .collect(Collectors.joining(",")));
        } else {
            LocalDate first = firstStart.toLocalDate();
            rule.append("FREQ=MONTHLY;INTERVAL=")
                    .append(every)
                    .append(";BYDAY=")
                    .append(weekOfMonth(first))
                    .append(code(first.getDayOfWeek()));
        }
        if (until != null) {
            // The first start is a floating (local) time, so UNTIL is one too (RFC 5545, 3.3.10).
            rule.append(";UNTIL=").append(UNTIL.format(until));
        } else {
            rule.append(";COUNT=").append(count);
        }
        return rule.toString();
    }

    /**
     * The plan a rule of this class was written from, for the sessions it gives from one of them on: the same
     * repetition, the same last day, or the sessions left of a count.
     *
     * @param left how many sessions the rule gives from there on
     */
    public static RecurrencePlan of(String rrule, int left) {
        if (rrule == null || left < 2) {
            return once();
        }
        Map<String, String> parts = Arrays.stream(rrule.split(";"))
                .map(part -> part.split("=", 2))
                .collect(Collectors.toMap(part -> part[0], part -> part[1]));
        String byDay = parts.getOrDefault("BYDAY", "");
        boolean weekly = "WEEKLY".equals(parts.get("FREQ"));
        Set<DayOfWeek> days = weekly
                ? Arrays.stream(byDay.split(","))
                        .filter(code -> !code.isEmpty())
                        .map(RecurrencePlan::day)
                        .collect(Collectors.toSet())
                : Set.of();
        String until = parts.get("UNTIL");
        return new RecurrencePlan(
                weekly ? Repeat.WEEKLY : Repeat.MONTHLY_WEEKDAY,
                Integer.parseInt(parts.getOrDefault("INTERVAL", "1")),
                days,
                until == null ? null : LocalDate.parse(until.substring(0, 8), DateTimeFormatter.BASIC_ISO_DATE),
                until == null ? left : null);
    }

    /**
     * The rule cut to end the day before a session, whose sessions from there on another series takes over ("this
     * and following"). One session a day at most, so no session of that day is lost.
     */
    public static String endingBefore(String rrule, LocalDateTime split) {
        String kept = Arrays.stream(rrule.split(";"))
                .filter(part -> !part.startsWith("UNTIL=") && !part.startsWith("COUNT="))
                .collect(Collectors.joining(";"));
        return kept + ";UNTIL=" + UNTIL.format(split.toLocalDate().minusDays(1));
    }

    private static DayOfWeek day(String code) {
        return Arrays.stream(DayOfWeek.values())
                .filter(day -> code(day).equals(code))
                .findFirst()
                .orElseThrow(() -> new InvalidInputException("rrule", "sessions.recurrence.invalid"));
    }

    /**
     * 1 to 4 for the first to the fourth such weekday of its month; a fifth becomes "the last" (-1), since most months
     * have no fifth Tuesday.
     */
    static int weekOfMonth(LocalDate day) {
        int week = (day.getDayOfMonth() - 1) / 7 + 1;
        return week == 5 ? -1 : week;
    }

    private static String code(DayOfWeek day) {
        return day.name().substring(0, 2);
    }
}
