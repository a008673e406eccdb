package vn.langso.org.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.langso.kernel.AreaScope;
import vn.langso.kernel.NotFoundException;
import vn.langso.org.control.UnitHistory;
import vn.langso.org.control.UnitHistory.Node;
import vn.langso.org.entity.AdminUnit;

/**
 * The one drill-down through the hierarchy that every report uses: the top of a caller's area, a unit in it or
 * 404 (a unit outside the area answers exactly like one that does not exist), its children and the trail back up.
 * A report for a period looks at the hierarchy as it stood on the period's last day: before a reform by the old
 * units, after it (or across it) by the new ones, whose subtrees hold the merged units and their history.
 */
@Dependent
public class AreaDrillDown {

    @PersistenceContext
    EntityManager em;

    @Inject
    UnitHistory history;

    @Inject
    OrgDirectory directory;

    /** The unit, or the top of the area when no unit is asked for, as the hierarchy stands today. */
    public AreaLevel at(AreaScope area, Long unitId) {
        AdminUnit parent = unitId == null ? top(area) : unit(area, unitId);
        if (parent == null && !area.isEverywhere()) {
            return new AreaLevel(null, List.of(), List.of(), false);
        }
        return new AreaLevel(
                parent == null ? null : view(parent, true), trail(parent, area), children(parent), area.isEverywhere());
    }

    /** A step of the drill-down as the hierarchy stood on a day, with every unit of its subtree and its path then. */
    public record LevelOnDay(AreaLevel level, Map<Long, String> subtree) {}

    /**
     * The unit (or the top of the area) as the hierarchy stood on the day, and its subtree: a child's subtree is the
     * units whose path starts with the child's. The day's hierarchy is read once for both, and only when a reform
     * changed it after the day; otherwise it is today's.
     */
    public LevelOnDay on(AreaScope area, Long unitId, LocalDate day) {
        if (!history.changedAfter(day)) {
            AreaLevel level = at(area, unitId);
            return new LevelOnDay(
                    level,
                    level.isEmpty()
                            ? Map.of()
                            : directory.unitPathsIn(
                                    level.parent() == null ? area : AreaScope.subtreeOf(level.parentPath())));
        }
        Map<Long, Node> nodes = history.on(day);
        AreaLevel level = levelOn(nodes, area, unitId);
        return new LevelOnDay(level, level.isEmpty() ? Map.of() : subtreeOn(nodes, area, level));
    }

    private AreaLevel levelOn(Map<Long, Node> nodes, AreaScope area, Long unitId) {
        // A unit is looked at if the area holds it now or held it on the day: a coordinator sees his district's
        // communes for the periods before they were merged away from it.
        AdminUnit parent = unitId == null ? top(area) : em.find(AdminUnit.class, unitId);
        if (unitId != null && parent == null) {
            throw new NotFoundException();
        }
        if (parent == null && !area.isEverywhere()) {
            return new AreaLevel(null, List.of(), List.of(), false);
        }
        if (parent != null && !visible(area, nodes.get(parent.getId()))) {
            throw new NotFoundException();
        }
        Set<String> parentPaths = new HashSet<>();
        nodes.values().stream()
                .filter(Node::existed)
                .forEach(node -> parentPaths.add(node.path()
                        .substring(0, node.path().lastIndexOf('/', node.path().length() - 2) + 1)));
        Node looked = parent == null ? null : nodes.get(parent.getId());
        List<Node> children;
        if (looked == null) {
            children = nodes.values().stream().filter(node -> node.depth() == 1).toList();
        } else if (looked.started()) {
            children = nodes.values().stream()
                    .filter(node -> node.isChildOf(looked.path()))
                    .toList();
        } else {
            children = UnitHistory.startedPredecessors(nodes.values(), looked.id());
        }
        List<AreaUnit> shown = children.stream()
                .filter(node -> node.existed() || (node.started() && parentPaths.contains(node.path())))
                .filter(node -> visible(area, node))
                .sorted(Comparator.comparing(Node::name))
                .map(node -> view(node, parentPaths.contains(node.path())))
                .toList();
        List<AreaUnit> trail = new ArrayList<>();
        if (looked != null) {
            for (String id : looked.path().substring(1).split("/")) {
                Node step = nodes.get(Long.valueOf(id));
                if (step != null && visible(area, step)) {
                    trail.add(view(step, true));
                }
            }
        }
        return new AreaLevel(looked == null ? null : view(looked, true), trail, shown, area.isEverywhere());
    }

    /** The level's subtree on the day: a unit that did not exist yet holds the history of the units that went into it. */
    private static Map<Long, String> subtreeOn(Map<Long, Node> nodes, AreaScope area, AreaLevel level) {
        List<String> roots = new ArrayList<>();
        Node looked = level.parent() == null ? null : nodes.get(level.parent().id());
        if (looked == null) {
            roots.add(area.pathPrefix());
        } else if (looked.started()) {
            roots.add(looked.path());
        } else {
            UnitHistory.startedPredecessors(nodes.values(), looked.id()).forEach(node -> roots.add(node.path()));
        }
        Map<Long, String> paths = new HashMap<>();
        for (Node node : nodes.values()) {
            if (roots.stream().anyMatch(root -> node.path().startsWith(root)) && visible(area, node)) {
                paths.put(node.id(), node.path());
            }
        }
        return paths;
    }

    /** The unit if the area holds it; otherwise not found. */
    public AreaUnit find(AreaScope area, long unitId) {
        return view(unit(area, unitId), true);
    }

    AdminUnit unit(AreaScope area, long unitId) {
        AdminUnit unit = em.find(AdminUnit.class, unitId);
        if (unit == null || !area.includes(unit.getPath())) {
            throw new NotFoundException();
        }
        return unit;
    }

    /** The highest unit of a scoped area; null for everywhere (and for nowhere). */
    private AdminUnit top(AreaScope area) {
        if (area.isEverywhere() || area.pathPrefix().isEmpty()) {
            return null;
        }
        String[] ids = area.pathPrefix().split("/");
        return em.find(AdminUnit.class, Long.valueOf(ids[ids.length - 1]));
    }

    /** Today's children; a unit closed by a reform shows only while it carries units below it. */
    private List<AreaUnit> children(AdminUnit parent) {
        TypedQuery<Object[]> query = em.createQuery(
                "select u, (select count(c) from AdminUnit c where c.parent = u) from AdminUnit u where "
                        + (parent == null ? "u.parent is null" : "u.parent = :parent")
                        + " order by u.name",
                Object[].class);
        if (parent != null) {
            query.setParameter("parent", parent);
        }
        return query.getResultList().stream()
                .filter(row -> ((AdminUnit) row[0]).getValidTo() == null || ((Number) row[1]).longValue() > 0)
                .map(row -> view((AdminUnit) row[0], ((Number) row[1]).longValue() > 0))
                .toList();
    }

    /** From the top of the caller's area down to the unit, both included. */
    private static List<AreaUnit> trail(AdminUnit unit, AreaScope area) {
        LinkedList<AreaUnit> trail = new LinkedList<>();
        for (AdminUnit at = unit; at != null && area.includes(at.getPath()); at = at.getParent()) {
            trail.addFirst(view(at, true));
        }
        return trail;
    }

    /** A caller sees a unit that is in his area now, and the history of one that was in it on the day. */
    private static boolean visible(AreaScope area, Node node) {
        return area.includes(node.pathNow()) || area.includes(node.path());
    }

    private static AreaUnit view(AdminUnit unit, boolean hasChildren) {
        return new AreaUnit(
                unit.getId(),
                unit.getCode(),
                unit.getName(),
                unit.getTypeLabel(),
                unit.getPath(),
                hasChildren,
                unit.getValidTo());
    }

    private static AreaUnit view(Node node, boolean hasChildren) {
        return new AreaUnit(
                node.id(),
                node.code(),
                node.name(),
                node.typeLabel(),
                node.path(),
                hasChildren,
                node.existed() ? null : node.validTo());
    }
}
