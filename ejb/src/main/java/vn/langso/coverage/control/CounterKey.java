package vn.langso.coverage.control;

import java.time.LocalDate;
import java.util.Comparator;

/**
 * A counter row: a hamlet, a grain (D day, M month, Y year, T total), a measure and the day its period starts. Ordered like
 * the table's primary key, so that every write locks the rows it changes in the same order and two writes never wait
 * for each other crosswise.
 */
public record CounterKey(long unitId, char grain, String measure, LocalDate start) implements Comparable<CounterKey> {

    /** The start of the total's one period. */
    public static final LocalDate ALWAYS = LocalDate.of(2000, 1, 1);

    private static final Comparator<CounterKey> ORDER = Comparator.comparingLong(CounterKey::unitId)
            .thenComparing(CounterKey::grain)
            .thenComparing(CounterKey::measure)
            .thenComparing(CounterKey::start);

    public static CounterKey day(long unitId, String measure, LocalDate day) {
        return new CounterKey(unitId, 'D', measure, day);
    }

    public static CounterKey month(long unitId, String measure, LocalDate day) {
        return new CounterKey(unitId, 'M', measure, day.withDayOfMonth(1));
    }

    public static CounterKey year(long unitId, String measure, LocalDate day) {
        return new CounterKey(unitId, 'Y', measure, day.withDayOfYear(1));
    }

    public static CounterKey total(long unitId, String measure) {
        return new CounterKey(unitId, 'T', measure, ALWAYS);
    }

    @Override
    public int compareTo(CounterKey other) {
        return ORDER.compare(this, other);
    }
}
