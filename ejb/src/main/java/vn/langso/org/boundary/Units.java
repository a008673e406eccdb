package vn.langso.org.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.langso.accounts.boundary.CallerContext;
import vn.langso.kernel.AreaScope;
import vn.langso.kernel.InvalidInputException;
import vn.langso.kernel.NotFoundException;
import vn.langso.kernel.Page;
import vn.langso.kernel.PageRequest;
import vn.langso.kernel.SearchKey;
import vn.langso.org.entity.AdminLevel;
import vn.langso.org.entity.AdminUnit;

/** The administrative hierarchy, as far as the caller's area reaches; only an admin changes it. */
@Stateless
@RolesAllowed({"ADMIN", "COORDINATOR", "TEAM_LEADER"})
public class Units {

    private static final String VIEW = "select new vn.langso.org.boundary.UnitView(u.id, u.code, u.name,"
            + " u.typeLabel, u.level.code, u.parent.id, u.households, 0L, 0L, u.active) from AdminUnit u ";

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    CallerContext callers;

    /** The children of a unit; without a parent, the top of what the caller sees. */
    public List<UnitView> children(Long parentId) {
        AreaScope area = callerArea();
        List<UnitView> units;
        if (parentId == null) {
            units = area.isEverywhere()
                    ? em.createQuery(VIEW + "where u.parent is null order by u.name", UnitView.class)
                            .getResultList()
                    : em.createQuery(VIEW + "where u.path = :path", UnitView.class)
                            .setParameter("path", area.pathPrefix())
                            .getResultList();
        } else {
            visible(parentId, area);
            units = em.createQuery(VIEW + "where u.parent.id = :parent order by u.name", UnitView.class)
                    .setParameter("parent", parentId)
                    .getResultList();
        }
        return withFigures(units);
    }

    public UnitView byCode(String code) {
        List<AdminUnit> found = em.createQuery(
                        "select u from AdminUnit u where u.code = :code and u.validTo is null", AdminUnit.class)
                .setParameter("code", code)
                .getResultList();
        if (found.isEmpty() || !callerArea().includes(found.get(0).getPath())) {
            throw new NotFoundException();
        }
        return view(found.get(0).getId());
    }

    public UnitView byId(long id) {
        visible(id, callerArea());
        return view(id);
    }

    /** Units whose name (without diacritics) or code contains the text, within the caller's area. */
    public Page<UnitView> search(String text, PageRequest request) {
        String where = "where u.path like :area and (u.searchKey like :text or u.code like :code)";
        String pattern = SearchKey.containing(text);
        String area = callerArea().pathPattern();
        long total = em.createQuery("select count(u) from AdminUnit u " + where, Long.class)
                .setParameter("area", area)
                .setParameter("text", pattern)
                .setParameter("code", pattern)
                .getSingleResult();
        List<UnitView> units = em.createQuery(VIEW + where + " order by u.path", UnitView.class)
                .setParameter("area", area)
                .setParameter("text", pattern)
                .setParameter("code", pattern)
                .setFirstResult(request.offset())
                .setMaxResults(request.size())
                .getResultList();
        return Page.of(withFigures(units), total, request);
    }

    public List<AdminLevel> levels() {
        return em.createNamedQuery(AdminLevel.ALL, AdminLevel.class).getResultList();
    }

    @RolesAllowed("ADMIN")
    public UnitView create(String code, String name, String typeLabel, Long parentId, int households) {
        if (!em.createQuery("select u.id from AdminUnit u where u.code = :code and u.validTo is null")
                .setParameter("code", code)
                .getResultList()
                .isEmpty()) {
            throw new InvalidInputException("code", "unit.codeTaken", code);
        }
        AdminUnit parent = parentId == null ? null : em.find(AdminUnit.class, parentId);
        int depth = parent == null ? 0 : parent.getLevel().getDepth() + 1;
        AdminLevel level = levels().stream()
                .filter(l -> l.getDepth() == depth)
                .findFirst()
                .orElseThrow(() -> new InvalidInputException("parent", "unit.noLevelBelow"));
        AdminUnit unit = new AdminUnit(code, name, typeLabel, level, parent, households);
        // The path ends in the unit's own id, known only once it is inserted.
        unit.placeUnder(parent);
        em.persist(unit);
        em.flush();
        unit.placeUnder(parent);
        return view(unit.getId());
    }

    @RolesAllowed("ADMIN")
    public UnitView update(long id, String name, String typeLabel, int households, boolean active) {
        AdminUnit unit = found(id);
        unit.rename(name);
        unit.setTypeLabel(typeLabel);
        unit.setHouseholds(households);
        unit.setActive(active);
        return view(id);
    }

    /** Moves a unit and its whole subtree under another parent of the level above it. */
    @RolesAllowed("ADMIN")
    public UnitView move(long id, long newParentId) {
        AdminUnit unit = found(id);
        AdminUnit newParent = found(newParentId);
        if (newParent.isWithin(unit.getPath())) {
            throw new InvalidInputException("parent", "unit.moveIntoItself");
        }
        if (newParent.getLevel().getDepth() != unit.getLevel().getDepth() - 1) {
            throw new InvalidInputException("parent", "unit.parentLevel");
        }
        String oldPath = unit.getPath();
        unit.placeUnder(newParent);
        em.flush();
        em.createQuery("update AdminUnit u set u.path = concat(:newPath, substring(u.path, :cut))"
                        + " where u.path like :oldSubtree and u.id <> :id")
                .setParameter("newPath", unit.getPath())
                .setParameter("cut", oldPath.length() + 1)
                .setParameter("oldSubtree", oldPath + "%")
                .setParameter("id", id)
                .executeUpdate();
        return view(id);
    }

    private UnitView view(long id) {
        return withFigures(em.createQuery(VIEW + "where u.id = :id", UnitView.class)
                        .setParameter("id", id)
                        .getResultList())
                .get(0);
    }

    /** Adds to each unit the number of active teams in its subtree and its number of children. */
    private List<UnitView> withFigures(List<UnitView> units) {
        if (units.isEmpty()) {
            return units;
        }
        List<Long> ids = units.stream().map(UnitView::id).toList();
        Map<Long, Long> teams = counts(
                "select u.id, count(t.id) from AdminUnit u, Team t where u.id in :ids and t.active = true"
                        + " and t.unit.path like concat(u.path, '%') group by u.id",
                ids);
        Map<Long, Long> children = counts(
                "select u.parent.id, count(u) from AdminUnit u where u.parent.id in :ids group by u.parent.id", ids);
        return units.stream()
                .map(u -> new UnitView(
                        u.id(),
                        u.code(),
                        u.name(),
                        u.typeLabel(),
                        u.levelCode(),
                        u.parentId(),
                        u.households(),
                        teams.getOrDefault(u.id(), 0L),
                        children.getOrDefault(u.id(), 0L),
                        u.active()))
                .toList();
    }

    private Map<Long, Long> counts(String query, List<Long> ids) {
        Map<Long, Long> counts = new HashMap<>();
        em.createQuery(query, Object[].class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        return counts;
    }

    private AdminUnit visible(long id, AreaScope area) {
        AdminUnit unit = found(id);
        if (!area.includes(unit.getPath())) {
            throw new NotFoundException();
        }
        return unit;
    }

    private AdminUnit found(long id) {
        AdminUnit unit = em.find(AdminUnit.class, id);
        if (unit == null) {
            throw new NotFoundException();
        }
        return unit;
    }

    private AreaScope callerArea() {
        return callers.current().area();
    }
}
