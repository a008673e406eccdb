package vn.langso.org.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The hierarchy as it stood on a day. A reform moves merged units under the units they went into and keeps the paths
 * they had before (see V019): a unit's path on a day is the first of its past paths kept for a later day, or else its
 * path now. Only a day before some reform needs this; {@link #changedAfter} says when.
 */
@Dependent
public class UnitHistory {

    @PersistenceContext
    EntityManager em;

    /** One unit on the day: its path then, and whether it existed. */
    public record Node(
            long id,
            String code,
            String name,
            String typeLabel,
            String pathNow,
            String path,
            boolean started,
            boolean existed,
            LocalDate validTo,
            Long successorId) {

        public int depth() {
            return path.split("/").length - 1;
        }

        public boolean isUnder(String ancestorPath) {
            return path.startsWith(ancestorPath) && path.length() > ancestorPath.length();
        }

        public boolean isChildOf(String parentPath) {
            return isUnder(parentPath) && path.indexOf('/', parentPath.length()) == path.length() - 1;
        }
    }

    /** Whether some unit's place was changed by a reform effective after the day. */
    public boolean changedAfter(LocalDate day) {
        return !em.createNativeQuery("select 1 from admin_unit_past_path where valid_to > ? limit 1")
                .setParameter(1, Date.valueOf(day))
                .getResultList()
                .isEmpty();
    }

    /** Every unit as it stood on the day, by id: a province has a few thousand. */
    public Map<Long, Node> on(LocalDate day) {
        Map<Long, Node> nodes = new HashMap<>();
        for (Object row : em.createNativeQuery("select u.id, u.code, u.name, u.type_label, u.path,"
                        + " (select p.path from admin_unit_past_path p where p.unit_id = u.id and p.valid_to > ?"
                        + " order by p.valid_to limit 1), u.valid_from, u.valid_to, u.successor_id from admin_unit u")
                .setParameter(1, Date.valueOf(day))
                .getResultList()) {
            Object[] c = (Object[]) row;
            LocalDate from = day(c[6]);
            LocalDate to = day(c[7]);
            boolean started = from == null || !from.isAfter(day);
            long id = ((Number) c[0]).longValue();
            nodes.put(
                    id,
                    new Node(
                            id,
                            (String) c[1],
                            (String) c[2],
                            (String) c[3],
                            (String) c[4],
                            c[5] == null ? (String) c[4] : (String) c[5],
                            started,
                            started && (to == null || day.isBefore(to)),
                            to,
                            c[8] == null ? null : ((Number) c[8]).longValue()));
        }
        return nodes;
    }

    /**
     * The units that went into the unit by merges and existed on the day: through a chain of reforms, a predecessor
     * that had not started yet gives its own predecessors.
     */
    public static List<Node> startedPredecessors(Collection<Node> nodes, long unitId) {
        List<Node> found = new ArrayList<>();
        for (Node node : nodes) {
            if (node.successorId() != null && node.successorId() == unitId) {
                if (node.started()) {
                    found.add(node);
                } else {
                    found.addAll(startedPredecessors(nodes, node.id()));
                }
            }
        }
        return found;
    }

    private static LocalDate day(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
    }
}
