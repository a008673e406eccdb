package vn.langso.certification.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.io.Writer;
import java.time.Clock;
import java.util.LinkedList;
import java.util.List;
import vn.langso.certification.control.CertifiedReportCsv;
import vn.langso.certification.control.CertifiedReportQuery;
import vn.langso.certification.control.CertifiedReportQuery.ReportSkill;
import vn.langso.certification.control.CertifiedReportRollup;
import vn.langso.certification.control.CertifiedReportRollup.Child;
import vn.langso.certification.control.CertifiedReportRollup.Row;
import vn.langso.certification.control.TeamReportQuery;
import vn.langso.certification.control.TeamReportQuery.MemberCells;
import vn.langso.org.control.AreaScope;
import vn.langso.org.control.CallerAreas;
import vn.langso.org.entity.AdminUnit;
import vn.langso.platform.boundary.NotFoundException;
import vn.langso.platform.control.LocalDates;

/**
 * Who holds which skill: for a team leader, their own team member by member; for coordinators (their area) and
 * admins (everywhere), members certified per child unit and skill, with a CSV of the same rows. A unit outside the
 * caller's area answers not found.
 */
@Stateless
public class CertificationReports {

    /** An active certificate expiring within this many days is marked on the team's table. */
    public static final int SOON_DAYS = CertificateExpiry.REMINDER_DAYS;

    /** A unit as the report names it. */
    public record Unit(long id, String code, String name, String typeLabel) {}

    /** The team table; an empty one (no team) for a leader who leads no team now. */
    public record TeamTable(
            Long teamId, String teamName, String unitName, List<ReportSkill> skills, List<MemberCells> members) {}

    /** The children of {@code parent} (null: the top of the whole hierarchy) per skill, and the totals per skill. */
    public record UnitTable(
            Unit parent, List<Unit> trail, List<ReportSkill> skills, List<Row<Unit>> rows, List<Row<Unit>> totals) {}

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    Clock clock;

    @Inject
    CallerAreas areas;

    @RolesAllowed("TEAM_LEADER")
    public TeamTable myTeam() {
        List<ReportSkill> skills = CertifiedReportQuery.activeSkills(em);
        return TeamReportQuery.ledBy(em, caller())
                .map(team -> new TeamTable(
                        team.id(),
                        team.name(),
                        team.unitName(),
                        skills,
                        TeamReportQuery.members(em, team.id(), skills, LocalDates.today(clock), SOON_DAYS)))
                .orElse(new TeamTable(null, null, null, skills, List.of()));
    }

    /** The children of a unit (by default the top of the caller's area), per skill. */
    @RolesAllowed({"ADMIN", "COORDINATOR"})
    public UnitTable byUnit(Long parentUnitId) {
        AreaScope area = areas.of(caller());
        AdminUnit parent = parentUnitId == null ? top(area) : unit(area, parentUnitId);
        List<ReportSkill> skills = CertifiedReportQuery.activeSkills(em);
        if (parent == null && !area.isEverywhere()) {
            return new UnitTable(null, List.of(), skills, List.of(), List.of());
        }
        String parentPath = parent == null ? null : parent.getPath();
        CertifiedReportQuery query = new CertifiedReportQuery(em, area, parentPath);
        List<CertifiedReportQuery.UnitMembers> members = query.members();
        List<CertifiedReportQuery.UnitSkill> certificates = query.certificates(LocalDates.today(clock));
        Unit parentView = parent == null ? null : view(parent);
        return new UnitTable(
                parentView,
                trail(parent, area),
                skills,
                CertifiedReportRollup.rows(parentView, parentPath, children(parent), skills, members, certificates),
                CertifiedReportRollup.totals(parentView, skills, members, certificates));
    }

    /** Checks the unit before a byte of the export is sent, while the answer can still be a 404. */
    @RolesAllowed({"ADMIN", "COORDINATOR"})
    public void requireVisible(Long unitId) {
        if (unitId != null) {
            unit(areas.of(caller()), unitId);
        }
    }

    @RolesAllowed({"ADMIN", "COORDINATOR"})
    public void exportCsv(Long parentUnitId, Writer out) {
        CertifiedReportCsv.write(byUnit(parentUnitId).rows(), unit -> List.of(unit.code(), unit.name()), out);
    }

    private AdminUnit unit(AreaScope area, long unitId) {
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

    private List<Child<Unit>> children(AdminUnit parent) {
        TypedQuery<Object[]> query = em.createQuery(
                "select u, (select count(c) from AdminUnit c where c.parent = u) from AdminUnit u where "
                        + (parent == null ? "u.parent is null" : "u.parent = :parent")
                        + " order by u.name",
                Object[].class);
        if (parent != null) {
            query.setParameter("parent", parent);
        }
        return query.getResultList().stream()
                .map(row -> {
                    AdminUnit child = (AdminUnit) row[0];
                    return new Child<>(view(child), child.getPath(), ((Number) row[1]).longValue() > 0);
                })
                .toList();
    }

    /** From the top of the caller's area down to the unit, both included. */
    private static List<Unit> trail(AdminUnit unit, AreaScope area) {
        LinkedList<Unit> trail = new LinkedList<>();
        for (AdminUnit at = unit; at != null && area.includes(at.getPath()); at = at.getParent()) {
            trail.addFirst(view(at));
        }
        return trail;
    }

    private static Unit view(AdminUnit unit) {
        return new Unit(unit.getId(), unit.getCode(), unit.getName(), unit.getTypeLabel());
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
