package vn.langso.learning.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.langso.courses.control.CourseAccess;
import vn.langso.org.control.AreaScope;
import vn.langso.org.control.CallerAreas;
import vn.langso.org.entity.AdminUnit;
import vn.langso.platform.boundary.NotFoundException;

/**
 * The area a caller's reports cover. Admins and trainers see the whole province (the organisation's own rule gives
 * trainers no area, since they keep no rosters); coordinators and team leaders see their unit's subtree. A unit
 * outside the area answers like one that does not exist.
 */
@Dependent
public class ReportScope {

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerAreas areas;

    @Inject
    CourseAccess access;

    public AreaScope of(String username, boolean provincialRole) {
        if (provincialRole) {
            // Answers not found for a disabled account, like every other record it asks for.
            access.caller(username);
            return AreaScope.EVERYWHERE;
        }
        return areas.of(username);
    }

    public AdminUnit unit(AreaScope area, long unitId) {
        AdminUnit unit = em.find(AdminUnit.class, unitId);
        if (unit == null || !area.includes(unit.getPath())) {
            throw new NotFoundException();
        }
        return unit;
    }

    /** The highest unit of a scoped area; null for everywhere (and for nowhere). */
    public AdminUnit top(AreaScope area) {
        if (area.isEverywhere() || area.pathPrefix().isEmpty()) {
            return null;
        }
        String[] ids = area.pathPrefix().split("/");
        return em.find(AdminUnit.class, Long.valueOf(ids[ids.length - 1]));
    }
}
