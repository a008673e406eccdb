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
import java.util.List;
import java.util.Map;
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

    public Map<String, Sums> of(Collection<Long> unitIds, LocalDate from, LocalDate to) {
        if (unitIds.isEmpty()) {
            return Map.of();
        }
        List<Span> after = after(to);
        List<Span> within = within(from, to);
        List<Object> parameters = new ArrayList<>(unitIds);
        String afterCase = condition(after, parameters);
        String withinCase = condition(within, parameters);
        List<Object> whereParameters = new ArrayList<>();
        String where =
                "grain = 'T' or " + condition(after, whereParameters) + " or " + condition(within, whereParameters);
        String units = String.join(", ", Collections.nCopies(unitIds.size(), "?"));
        Query query = em.createNativeQuery("select measure, sum(case when grain = 'T' then n else 0 end),"
                + " sum(case when " + afterCase + " then n else 0 end), sum(case when " + withinCase
                + " then n else 0 end) from coverage_count where unit_id in (" + units + ") and (" + where + ")"
                + " group by measure");
        // The CASE parameters come after the unit ids in the text; bind in order of appearance.
        List<Object> ordered = new ArrayList<>();
        ordered.addAll(parameters.subList(unitIds.size(), parameters.size()));
        ordered.addAll(unitIds);
        ordered.addAll(whereParameters);
        for (int i = 0; i < ordered.size(); i++) {
            Object value = ordered.get(i);
            query.setParameter(i + 1, value instanceof LocalDate day ? Date.valueOf(day) : value);
        }
        Map<String, Sums> sums = new HashMap<>();
        for (Object row : query.getResultList()) {
            Object[] columns = (Object[]) row;
            sums.put((String) columns[0], new Sums(number(columns[1]), number(columns[2]), number(columns[3])));
        }
        return sums;
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
                + ") and measure = ? and (grain = 'T' or (grain = 'M' and start > ?)) group by grain, start");
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

    private static String condition(List<Span> spans, List<Object> parameters) {
        if (spans.isEmpty()) {
            return "false";
        }
        List<String> parts = new ArrayList<>();
        for (Span span : spans) {
            parts.add("(grain = '" + span.grain() + "' and start >= ? and start < ?)");
            parameters.add(span.from());
            parameters.add(span.until());
        }
        return "(" + String.join(" or ", parts) + ")";
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
