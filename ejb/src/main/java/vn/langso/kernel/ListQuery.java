package vn.langso.kernel;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A paged JPQL list built from optional conditions: one count and one page query over the same conditions, and a
 * sort only on the fields a caller may name, so that no request text becomes query text.
 */
public class ListQuery<T> {

    private final String select;
    private final String from;
    private final Map<String, String> sortableFields;
    private final String defaultOrder;
    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new HashMap<>();

    public ListQuery(String select, String from, Map<String, String> sortableFields, String defaultOrder) {
        this.select = select;
        this.from = from;
        this.sortableFields = sortableFields;
        this.defaultOrder = defaultOrder;
    }

    public ListQuery<T> where(String condition, String parameter, Object value) {
        conditions.add(condition);
        parameters.put(parameter, value);
        return this;
    }

    /** A further parameter of a condition that names more than one. */
    public ListQuery<T> with(String parameter, Object value) {
        parameters.put(parameter, value);
        return this;
    }

    public ListQuery<T> where(String condition) {
        conditions.add(condition);
        return this;
    }

    public Page<T> page(EntityManager em, Class<T> type, PageRequest request) {
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        TypedQuery<Long> count = em.createQuery("select count(*) " + from + where, Long.class);
        TypedQuery<T> page = em.createQuery(select + " " + from + where + order(request), type);
        parameters.forEach((name, value) -> {
            count.setParameter(name, value);
            page.setParameter(name, value);
        });
        List<T> items = page.setFirstResult(request.offset())
                .setMaxResults(request.size())
                .getResultList();
        return Page.of(items, count.getSingleResult(), request);
    }

    private String order(PageRequest request) {
        String field = request.sortField() == null ? null : sortableFields.get(request.sortField());
        if (field == null) {
            return " order by " + defaultOrder;
        }
        return " order by " + field + (request.ascending() ? " asc" : " desc") + ", " + defaultOrder;
    }
}
