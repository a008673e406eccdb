package vn.langso.coverage.control;

import java.time.LocalDate;
import java.util.Comparator;

/**
 * A counter row: a hamlet, a grain (D day, M month, Y year, T total; A a member's month, B a
 * member's year, H the trend's month), the day its period starts
 * and a measure. Ordered like
 * the table's primary key, so that every write locks the rows it changes in the same order and two writes never wait
 * for each other crosswise.
 */
public record CounterKey(long unitId, char grain, String measure, LocalDate start) implements Comparable<CounterKey> {

    /** The start of the total's one period. */
    public static final LocalDate ALWAYS = LocalDate.of(2000, 1, 1);

    private static final Comparator<CounterKey> ORDER = Comparator.comparingLong(CounterKey::unitId)
            .thenComparing(CounterKey::grain)
            .thenComparing(CounterKey::start)
            .thenComparing(CounterKey::measure);

    public static CounterKey day(long unitId, String measure, LocalDate day) {
        return new CounterKey(unitId, 'D', measure, day);
    }

    public static CounterKey month(long unitId, String measure, LocalDate day) {
        return new CounterKey(unitId, 'M', measure, day.withDayOfMonth(1));
    }

    public static CounterKey year(long unitId, String measure, LocalDate day) {
        return new CounterKey(unitId, 'Y', measure, day.withDayOfYear(1));
    }

    /** A member's visits of a month: counted by month only (see {@link Measure#visitsBy}). */
    public static CounterKey authorMonth(long unitId, String measure, LocalDate day) {
        return new CounterKey(unitId, 'A', measure, day.withDayOfMonth(1));
    }

    /** A member's visits of a year, for the active members of whole years. */
    public static CounterKey authorYear(long unitId, String measure, LocalDate day) {
        return new CounterKey(unitId, 'B', measure, day.withDayOfYear(1));
    }

    /** Households reached or proficient of a month, read by the trend alone (see {@link Counters#count}). */
    public static CounterKey headlineMonth(long unitId, String measure, LocalDate day) {
        return new CounterKey(unitId, 'H', measure, day.withDayOfMonth(1));
    }

    public static CounterKey total(long unitId, String measure) {
        return new CounterKey(unitId, 'T', measure, ALWAYS);
    }

    @Override
    public int compareTo(CounterKey other) {
        return ORDER.compare(this, other);
    }
}
