package vn.langso.org.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.langso.accounts.boundary.CallerContext;
import vn.langso.kernel.AreaScope;
import vn.langso.kernel.NotFoundException;
import vn.langso.org.entity.AdminUnit;
import vn.langso.org.entity.Team;

/**
 * Units and teams by id, if the caller's area holds them. A record outside the area answers exactly like one
 * that does not exist, so that ids reveal nothing.
 */
@Dependent
public class CallerRecords {

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerContext callers;

    public AreaScope area(String username) {
        return callers.of(username).area();
    }

    public Team team(String username, long id) {
        Team team = em.find(Team.class, id);
        if (team == null || !callers.of(username).area().includes(team.getUnit().getPath())) {
            throw new NotFoundException();
        }
        return team;
    }

    public AdminUnit unit(String username, long id) {
        AdminUnit unit = em.find(AdminUnit.class, id);
        if (unit == null || !callers.of(username).area().includes(unit.getPath())) {
            throw new NotFoundException();
        }
        return unit;
    }
}
