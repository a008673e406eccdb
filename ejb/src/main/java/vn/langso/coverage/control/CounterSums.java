package vn.langso.coverage.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Sums the counters of a set of hamlets (a subtree) for a period: the total now, what was counted after the period's
 * last day (so that total minus it is the figure as of that day) and what was counted within the period. A period is
 * read as whole years, then whole months, then single days, so a year reads one row per hamlet and measure.
 */
@Dependent
public class CounterSums {

    @PersistenceContext
    EntityManager em;

    /** The three sums of one measure. */
    public record Sums(long total, long after, long within) {

        public static final Sums NONE = new Sums(0, 0, 0);

        /** The figure as of the period's last day. */
        public long asOfEnd() {
            return total - after;
        }
    }

    /** A run of counter rows of one grain: starts from {@code from}, before {@code until}. */
    record Span(char grain, LocalDate from, LocalDate until) {}

    /**
     * The sums of the hamlets' counters for a period. Nothing is counted after today, so a period that reaches today
     * is read as running to the end of its year: "this year" is one year row per hamlet and measure, "this month"
     * one month row.
     */
    public Map<String, Sums> of(Collection<Long> unitIds, LocalDate from, LocalDate to, LocalDate today) {
        if (unitIds.isEmpty()) {
            return Map.of();
        }
        boolean toToday = !to.isBefore(today);
        List<Span> after = toToday ? List.of() : after(to);
        List<Span> within =
                toToday ? within(from, to.withDayOfYear(1).plusYears(1).minusDays(1)) : within(from, to);
        // One index range per span and unit (the key is unit, grain, start, measure): a UNION ALL of them, each
        // summed by measure and tagged with what it counts toward, so the outer sum adds up a few rows per span.
        List<String> parts = new ArrayList<>();
        parts.add("select 'T' part, measure, sum(n) n from coverage_count where unit_id in (:units) and grain = 'T'"
                + " group by measure");
        List<Object[]> bounds = new ArrayList<>();
        for (Span span : after) {
            parts.add(part("A", span, bounds.size()));
            bounds.add(new Object[] {span.from(), span.until()});
        }
        for (Span span : within) {
            parts.add(part("W", span, bounds.size()));
            bounds.add(new Object[] {span.from(), span.until()});
        }
        Query query = em.createNativeQuery("select measure, sum(case when part = 'T' then n else 0 end),"
                + " sum(case when part = 'A' then n else 0 end), sum(case when part = 'W' then n else 0 end)"
                + " from (" + String.join(" union all ", parts) + ") counted group by measure");
        query.setParameter("units", unitIds);
        for (int i = 0; i < bounds.size(); i++) {
            query.setParameter("from" + i, Date.valueOf((LocalDate) bounds.get(i)[0]));
            query.setParameter("until" + i, Date.valueOf((LocalDate) bounds.get(i)[1]));
        }
        Map<String, Sums> sums = new HashMap<>();
        for (Object row : query.getResultList()) {
            Object[] columns = (Object[]) row;
            sums.put((String) columns[0], new Sums(number(columns[1]), number(columns[2]), number(columns[3])));
        }
        return sums;
    }

    private static String part(String tag, Span span, int index) {
        return "select '" + tag + "', measure, sum(n) from coverage_count where unit_id in (:units) and grain = '"
                + span.grain() + "' and start >= :from" + index + " and start < :until" + index + " group by measure";
    }

    /** Adds up the sums of several subtrees (a unit's children make up the unit). */
    public static Map<String, Sums> add(Collection<Map<String, Sums>> parts) {
        Map<String, Sums> total = new HashMap<>();
        for (Map<String, Sums> part : parts) {
            part.forEach((measure, sums) -> total.merge(
                    measure,
                    sums,
                    (a, b) -> new Sums(a.total() + b.total(), a.after() + b.after(), a.within() + b.within())));
        }
        return total;
    }

    /**
     * Per hamlet, the members who logged a visit there in the months the period touches: the whole years among them
     * by their year rows (grain B), the other months by their month rows (grain A). Nothing is counted after today,
     * so a period that reaches today is read as running to the end of its year.
     */
    public Map<Long, Set<String>> activeMembers(
            Collection<Long> unitIds, LocalDate from, LocalDate to, LocalDate today) {
        Map<Long, Set<String>> active = new HashMap<>();
        if (unitIds.isEmpty()) {
            return active;
        }
        LocalDate firstMonth = from.withDayOfMonth(1);
        LocalDate untilMonth =
                (to.isBefore(today) ? to.withDayOfMonth(1) : to.withMonth(12).withDayOfMonth(1)).plusMonths(1);
        LocalDate firstYear = firstMonth.getDayOfYear() == 1
                ? firstMonth
                : firstMonth.withDayOfYear(1).plusYears(1);
        LocalDate untilYear = untilMonth.withDayOfYear(1);
        String rows = "select unit_id, measure from coverage_count where unit_id in (:units) and n > 0 and ";
        Query query;
        if (firstYear.isBefore(untilYear)) {
            query = em.createNativeQuery(rows + "grain = 'B' and start >= :firstYear and start < :untilYear"
                            + " union all " + rows + "grain = 'A' and start >= :firstMonth and start < :firstYear"
                            + " union all " + rows + "grain = 'A' and start >= :untilYear and start < :untilMonth")
                    .setParameter("firstYear", Date.valueOf(firstYear))
                    .setParameter("untilYear", Date.valueOf(untilYear));
        } else {
            query = em.createNativeQuery(rows + "grain = 'A' and start >= :firstMonth and start < :untilMonth");
        }
        for (Object row : query.setParameter("units", unitIds)
                .setParameter("firstMonth", Date.valueOf(firstMonth))
                .setParameter("untilMonth", Date.valueOf(untilMonth))
                .getResultList()) {
            Object[] columns = (Object[]) row;
            active.computeIfAbsent(((Number) columns[0]).longValue(), unit -> new HashSet<>())
                    .add((String) columns[1]);
        }
        return active;
    }

    /**
     * The measure as of the end of each month from {@code firstMonth} to this month: the total less what each later
     * month added.
     */
    public Map<LocalDate, Long> monthEnds(
            Collection<Long> unitIds, String measure, LocalDate firstMonth, LocalDate today) {
        Map<LocalDate, Long> ends = new TreeMap<>();
        if (unitIds.isEmpty()) {
            return ends;
        }
        String units = String.join(", ", Collections.nCopies(unitIds.size(), "?"));
        Query query = em.createNativeQuery("select grain, start, sum(n) from coverage_count where unit_id in (" + units
                + ") and measure = ? and (grain = 'T' or (grain = 'H' and start > ?)) group by grain, start");
        int p = 1;
        for (Long id : unitIds) {
            query.setParameter(p++, id);
        }
        query.setParameter(p++, measure);
        query.setParameter(p, Date.valueOf(firstMonth.withDayOfMonth(1)));
        long total = 0;
        Map<LocalDate, Long> added = new TreeMap<>();
        for (Object row : query.getResultList()) {
            Object[] columns = (Object[]) row;
            if ("T".equals(String.valueOf(columns[0]))) {
                total = number(columns[2]);
            } else {
                added.put(((Date) columns[1]).toLocalDate(), number(columns[2]));
            }
        }
        LocalDate thisMonth = today.withDayOfMonth(1);
        for (LocalDate month = firstMonth.withDayOfMonth(1); !month.isAfter(thisMonth); month = month.plusMonths(1)) {
            LocalDate end = month;
            long later = added.entrySet().stream()
                    .filter(e -> e.getKey().isAfter(end))
                    .mapToLong(Map.Entry::getValue)
                    .sum();
            ends.put(month, total - later);
        }
        return ends;
    }

    /** The rows counted after the day: the rest of its month by day, of its year by month, later years by year. */
    static List<Span> after(LocalDate day) {
        LocalDate nextMonth = day.withDayOfMonth(1).plusMonths(1);
        LocalDate nextYear = day.withDayOfYear(1).plusYears(1);
        return List.of(
                new Span('D', day.plusDays(1), nextMonth),
                new Span('M', nextMonth, nextYear),
                new Span('Y', nextYear, LocalDate.of(9999, 1, 1)));
    }

    /** The rows of a period: its whole years, the whole months around them, the days at its ends. */
    static List<Span> within(LocalDate from, LocalDate to) {
        List<Span> spans = new ArrayList<>();
        split(from, to.plusDays(1), spans);
        return spans;
    }

    private static void split(LocalDate from, LocalDate until, List<Span> spans) {
        if (!from.isBefore(until)) {
            return;
        }
        LocalDate firstYear =
                from.getDayOfYear() == 1 ? from : from.withDayOfYear(1).plusYears(1);
        LocalDate endYear = until.withDayOfYear(1);
        if (firstYear.isBefore(endYear)) {
            spans.add(new Span('Y', firstYear, endYear));
            split(from, firstYear, spans);
            split(endYear, until, spans);
            return;
        }
        LocalDate firstMonth =
                from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
        LocalDate endMonth = until.withDayOfMonth(1);
        if (firstMonth.isBefore(endMonth)) {
            spans.add(new Span('M', firstMonth, endMonth));
            split(from, firstMonth, spans);
            split(endMonth, until, spans);
            return;
        }
        spans.add(new Span('D', from, until));
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
