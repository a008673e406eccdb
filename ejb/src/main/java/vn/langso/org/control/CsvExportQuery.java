package vn.langso.org.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.langso.kernel.AreaScope;
import vn.langso.kernel.CsvWriter;

/**
 * The rows of one export, read a page at a time after the last key read rather than by offset, so that the
 * thousandth page costs what the first does, and written as CSV as they come.
 */
public final class CsvExportQuery {

    static final int PAGE = 1000;

    private final EntityManager em;
    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new HashMap<>();

    public CsvExportQuery(EntityManager em) {
        this.em = em;
    }

    /** Only units in the area, and in the subtree if one is given: {@code unit} is the alias of the unit. */
    public CsvExportQuery inArea(String unit, AreaScope area, String subtreePath) {
        where(unit + ".path like :area", "area", area.pathPattern());
        return whenGiven(unit + ".path like :subtree", "subtree", subtreePath == null ? null : subtreePath + "%");
    }

    /** A condition without parameters. */
    public CsvExportQuery always(String condition) {
        conditions.add(condition);
        return this;
    }

    /** A condition with one parameter, left out when the value is {@code null}. */
    public CsvExportQuery whenGiven(String condition, String parameter, Object value) {
        return value == null ? this : where(condition, parameter, value);
    }

    /**
     * Writes every row of the select. Its first column is the key the rows are ordered by, and is not written;
     * {@code first} is a value below every key.
     */
    public void write(String select, String key, Object first, CsvWriter csv) {
        String where = " where " + key + " > :after"
                + conditions.stream().map(c -> " and " + c).reduce("", String::concat);
        Object after = first;
        List<Object[]> page;
        do {
            TypedQuery<Object[]> query = em.createQuery(select + where + " order by " + key, Object[].class);
            parameters.forEach(query::setParameter);
            page = query.setParameter("after", after).setMaxResults(PAGE).getResultList();
            for (Object[] row : page) {
                csv.row(Arrays.asList(row).subList(1, row.length));
            }
            after = page.isEmpty() ? after : page.get(page.size() - 1)[0];
        } while (page.size() == PAGE);
    }

    private CsvExportQuery where(String condition, String parameter, Object value) {
        conditions.add(condition);
        parameters.put(parameter, value);
        return this;
    }
}
