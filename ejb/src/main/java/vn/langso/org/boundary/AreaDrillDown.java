package vn.langso.org.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.LinkedList;
import java.util.List;
import vn.langso.kernel.AreaScope;
import vn.langso.kernel.NotFoundException;
import vn.langso.org.entity.AdminUnit;

/**
 * The one drill-down through the hierarchy that every report uses: the top of a caller's area, a unit in it or
 * 404 (a unit outside the area answers exactly like one that does not exist), its children and the trail back up.
 */
@Dependent
public class AreaDrillDown {

    @PersistenceContext
    EntityManager em;

    /** The unit, or the top of the area when no unit is asked for. */
    public AreaLevel at(AreaScope area, Long unitId) {
        AdminUnit parent = unitId == null ? top(area) : unit(area, unitId);
        if (parent == null && !area.isEverywhere()) {
            return new AreaLevel(null, List.of(), List.of(), false);
        }
        return new AreaLevel(
                parent == null ? null : view(parent, true), trail(parent, area), children(parent), area.isEverywhere());
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

    private static AreaUnit view(AdminUnit unit, boolean hasChildren) {
        return new AreaUnit(
                unit.getId(), unit.getCode(), unit.getName(), unit.getTypeLabel(), unit.getPath(), hasChildren);
    }
}
