package vn.langso.certification.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Writer;
import java.time.Clock;
import java.util.List;
import vn.langso.accounts.boundary.CallerContext;
import vn.langso.certification.control.CertifiedReportCsv;
import vn.langso.certification.control.CertifiedReportQuery;
import vn.langso.certification.control.CertifiedReportQuery.ReportSkill;
import vn.langso.certification.control.CertifiedReportRollup;
import vn.langso.certification.control.CertifiedReportRollup.Child;
import vn.langso.certification.control.CertifiedReportRollup.Row;
import vn.langso.certification.control.TeamReportQuery;
import vn.langso.certification.control.TeamReportQuery.MemberCells;
import vn.langso.kernel.AreaScope;
import vn.langso.kernel.LocalDates;
import vn.langso.org.boundary.AreaDrillDown;
import vn.langso.org.boundary.AreaLevel;
import vn.langso.org.boundary.AreaUnit;

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

    @Inject
    Clock clock;

    @Inject
    CallerContext callers;

    @Inject
    AreaDrillDown drillDown;

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
        AreaScope area = callers.current().area();
        AreaLevel level = drillDown.at(area, parentUnitId);
        List<ReportSkill> skills = CertifiedReportQuery.activeSkills(em);
        if (level.isEmpty()) {
            return new UnitTable(null, List.of(), skills, List.of(), List.of());
        }
        String parentPath = level.parentPath();
        CertifiedReportQuery query = new CertifiedReportQuery(em, area, parentPath);
        List<CertifiedReportQuery.UnitMembers> members = query.members();
        List<CertifiedReportQuery.UnitSkill> certificates = query.certificates(LocalDates.today(clock));
        Unit parentView = level.parent() == null ? null : view(level.parent());
        List<Child<Unit>> children = level.children().stream()
                .map(child -> new Child<>(view(child), child.path(), child.hasChildren()))
                .toList();
        return new UnitTable(
                parentView,
                level.trail().stream().map(CertificationReports::view).toList(),
                skills,
                CertifiedReportRollup.rows(parentView, parentPath, children, skills, members, certificates),
                CertifiedReportRollup.totals(parentView, skills, members, certificates));
    }

    /** Checks the unit before a byte of the export is sent, while the answer can still be a 404. */
    @RolesAllowed({"ADMIN", "COORDINATOR"})
    public void requireVisible(Long unitId) {
        if (unitId != null) {
            drillDown.find(callers.current().area(), unitId);
        }
    }

    @RolesAllowed({"ADMIN", "COORDINATOR"})
    public void exportCsv(Long parentUnitId, Writer out) {
        CertifiedReportCsv.write(byUnit(parentUnitId).rows(), unit -> List.of(unit.code(), unit.name()), out);
    }

    private static Unit view(AreaUnit unit) {
        return new Unit(unit.id(), unit.code(), unit.name(), unit.typeLabel());
    }

    private String caller() {
        return callers.current().username();
    }
}
