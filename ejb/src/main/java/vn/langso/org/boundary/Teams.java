package vn.langso.org.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.langso.kernel.AreaScope;
import vn.langso.kernel.InvalidInputException;
import vn.langso.kernel.ListQuery;
import vn.langso.kernel.Page;
import vn.langso.kernel.PageRequest;
import vn.langso.kernel.SearchKey;
import vn.langso.org.control.CallerRecords;
import vn.langso.org.control.TeamPlacement;
import vn.langso.org.entity.AdminUnit;
import vn.langso.org.entity.Team;

/** The teams of the caller's area; an admin founds, renames and deactivates them. */
@Stateless
@RolesAllowed({"ADMIN", "COORDINATOR", "TEAM_LEADER"})
public class Teams {

    static final String VIEW = "select new vn.langso.org.boundary.TeamView(t.id, t.name, u.id, u.code, u.name,"
            + " t.foundedOn, t.active, 0L)";
    static final Map<String, String> SORTABLE =
            Map.of("name", "t.name", "unitName", "u.name", "foundedOn", "t.foundedOn", "active", "t.active");

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    CallerRecords records;

    public Page<TeamView> list(TeamFilter filter, PageRequest request) {
        ListQuery<TeamView> query = new ListQuery<TeamView>(VIEW, "from Team t join t.unit u", SORTABLE, "t.id")
                .where("u.path like :area", "area", callerArea().pathPattern());
        if (filter.unitId() != null) {
            query.where(
                    "u.path like :subtree",
                    "subtree",
                    records.unit(caller(), filter.unitId()).getPath() + "%");
        }
        if (filter.active() != null) {
            query.where("t.active = :active", "active", filter.active());
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            query.where("t.searchKey like :text", "text", SearchKey.containing(filter.text()));
        }
        Page<TeamView> page = query.page(em, TeamView.class, request);
        return new Page<>(withMemberCounts(page.items()), page.total(), page.page(), page.size());
    }

    public TeamView find(long id) {
        records.team(caller(), id);
        return withMemberCounts(em.createQuery(VIEW + " from Team t join t.unit u where t.id = :id", TeamView.class)
                        .setParameter("id", id)
                        .getResultList())
                .get(0);
    }

    @RolesAllowed("ADMIN")
    public TeamView create(long unitId, String name, LocalDate foundedOn) {
        AdminUnit unit = em.find(AdminUnit.class, unitId);
        if (unit == null) {
            throw new InvalidInputException("unit", "team.unitUnknown");
        }
        if (unit.getLevel().getDepth() < TeamPlacement.highestTeamDepth(em)) {
            throw new InvalidInputException("unit", "team.unitLevel");
        }
        Team team = new Team(unit, name.trim(), foundedOn);
        em.persist(team);
        em.flush();
        return find(team.getId());
    }

    @RolesAllowed("ADMIN")
    public TeamView update(long id, String name, LocalDate foundedOn, boolean active) {
        Team team = records.team(caller(), id);
        team.rename(name.trim());
        team.setFoundedOn(foundedOn);
        team.setActive(active);
        return find(id);
    }

    private List<TeamView> withMemberCounts(List<TeamView> teams) {
        if (teams.isEmpty()) {
            return teams;
        }
        Map<Long, Long> counts = new HashMap<>();
        em.createQuery(
                        "select m.team.id, count(m) from TeamMembership m where m.endedOn is null"
                                + " and m.team.id in :ids group by m.team.id",
                        Object[].class)
                .setParameter("ids", teams.stream().map(TeamView::id).toList())
                .getResultList()
                .forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        return teams.stream()
                .map(t -> new TeamView(
                        t.id(),
                        t.name(),
                        t.unitId(),
                        t.unitCode(),
                        t.unitName(),
                        t.foundedOn(),
                        t.active(),
                        counts.getOrDefault(t.id(), 0L)))
                .toList();
    }

    private AreaScope callerArea() {
        return records.area(caller());
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
