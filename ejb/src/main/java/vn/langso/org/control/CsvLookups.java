package vn.langso.org.control;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import vn.langso.org.control.CsvKeys.TeamKey;
import vn.langso.org.control.CsvUnitRows.KnownUnit;

/**
 * What an import's rows refer to, read in a few queries for the whole file rather than one a row: a file of
 * thousands of rows is checked in seconds.
 */
final class CsvLookups {

    /** Values of one IN list; MySQL and MariaDB take far more, but the statements stay readable in logs. */
    static final int IN_LIST = 1000;

    private CsvLookups() {}

    /** Stored units by {@link CsvKeys#unit code key}. */
    static Map<String, KnownUnit> units(EntityManager em, Collection<String> codes) {
        Map<String, KnownUnit> units = new HashMap<>();
        inLists(codes, part -> em.createQuery(
                        "select u.code, u.id, l.depth, p.code from AdminUnit u join u.level l left join u.parent p"
                                + " where u.code in :codes and u.validTo is null",
                        Object[].class)
                .setParameter("codes", part)
                .getResultList()
                .forEach(row ->
                        units.put(CsvKeys.unit((String) row[0]), new KnownUnit((Long) row[1], (Integer) row[2], (String)
                                row[3]))));
        return units;
    }

    /** The ids of the stored teams of the given units, by team key; more than one id makes a name ambiguous. */
    static Map<TeamKey, List<Long>> teams(EntityManager em, Collection<String> unitCodes) {
        Map<TeamKey, List<Long>> teams = new HashMap<>();
        inLists(unitCodes, part -> em.createQuery(
                        "select t.id, u.code, t.name from Team t join t.unit u where u.code in :codes and u.validTo is null",
                        Object[].class)
                .setParameter("codes", part)
                .getResultList()
                .forEach(row -> teams.computeIfAbsent(
                                CsvKeys.team((String) row[1], (String) row[2]), key -> new ArrayList<>())
                        .add((Long) row[0])));
        return teams;
    }

    static <T> void inLists(Collection<T> values, Consumer<List<T>> query) {
        List<T> all = List.copyOf(values);
        for (int from = 0; from < all.size(); from += IN_LIST) {
            query.accept(all.subList(from, Math.min(from + IN_LIST, all.size())));
        }
    }
}
