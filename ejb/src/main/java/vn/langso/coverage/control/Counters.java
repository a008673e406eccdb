package vn.langso.coverage.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Date;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The per-hamlet counters: changes added in one statement, in key order. */
@Dependent
public class Counters {

    /** Rows per statement: well under the packet and placeholder limits. */
    static final int ROWS_PER_STATEMENT = 500;

    @PersistenceContext
    EntityManager em;

    /**
     * Counts each contribution, times the sign, at its day, month and year and in the total (a null day: the total
     * only); households reached and proficient also by month apart (grain H), so the trend reads two measures'
     * rows instead of all; a member's visits by month (grain A) and year (grain B) only.
     */
    public static void count(Collection<Contribution> contributions, int sign, Map<CounterKey, Integer> into) {
        for (Contribution c : contributions) {
            int n = sign * c.sign();
            if (c.measure().startsWith(Measure.AUTHOR_PREFIX)) {
                into.merge(CounterKey.authorMonth(c.unitId(), c.measure(), c.day()), n, Integer::sum);
                into.merge(CounterKey.authorYear(c.unitId(), c.measure(), c.day()), n, Integer::sum);
                continue;
            }
            if (c.day() != null) {
                into.merge(CounterKey.day(c.unitId(), c.measure(), c.day()), n, Integer::sum);
                into.merge(CounterKey.month(c.unitId(), c.measure(), c.day()), n, Integer::sum);
                into.merge(CounterKey.year(c.unitId(), c.measure(), c.day()), n, Integer::sum);
                if (c.measure().equals(Measure.REACHED) || c.measure().equals(Measure.PROFICIENT)) {
                    into.merge(CounterKey.headlineMonth(c.unitId(), c.measure(), c.day()), n, Integer::sum);
                }
            }
            into.merge(CounterKey.total(c.unitId(), c.measure()), n, Integer::sum);
        }
    }

    /** Adds the changes; nothing for a zero. Rows are written in key order (see {@link CounterKey}). */
    public void add(Map<CounterKey, Integer> changes) {
        List<Map.Entry<CounterKey, Integer>> rows = new ArrayList<>();
        new TreeMap<>(changes).forEach((key, n) -> {
            if (n != 0) {
                rows.add(Map.entry(key, n));
            }
        });
        for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
            List<Map.Entry<CounterKey, Integer>> chunk =
                    rows.subList(from, Math.min(from + ROWS_PER_STATEMENT, rows.size()));
            Query insert = em.createNativeQuery("insert into coverage_count (unit_id, grain, measure, start, n) values "
                    + String.join(", ", Collections.nCopies(chunk.size(), "(?, ?, ?, ?, ?)"))
                    + " on duplicate key update n = n + values(n)");
            int p = 1;
            for (Map.Entry<CounterKey, Integer> row : chunk) {
                CounterKey key = row.getKey();
                insert.setParameter(p++, key.unitId());
                insert.setParameter(p++, String.valueOf(key.grain()));
                insert.setParameter(p++, key.measure());
                insert.setParameter(p++, Date.valueOf(key.start()));
                insert.setParameter(p++, row.getValue());
            }
            insert.executeUpdate();
        }
    }

    /** Every counter of a hamlet, locked: the writes that would change them wait until this transaction ends. */
    public Map<CounterKey, Integer> lockedOf(long unitId) {
        Map<CounterKey, Integer> found = new TreeMap<>();
        for (Object row : em.createNativeQuery(
                        "select grain, measure, start, n from coverage_count where unit_id = ? for update")
                .setParameter(1, unitId)
                .getResultList()) {
            Object[] columns = (Object[]) row;
            found.put(
                    new CounterKey(
                            unitId,
                            String.valueOf(columns[0]).charAt(0),
                            (String) columns[1],
                            ((Date) columns[2]).toLocalDate()),
                    ((Number) columns[3]).intValue());
        }
        return found;
    }

    /** The hamlets that have counters, whether or not they are hamlets still. */
    @SuppressWarnings("unchecked")
    public List<Long> countedUnits() {
        return ((List<Number>) em.createNativeQuery("select distinct unit_id from coverage_count")
                        .getResultList())
                .stream().map(Number::longValue).toList();
    }
}
