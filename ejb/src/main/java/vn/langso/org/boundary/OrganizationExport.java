package vn.langso.org.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Writer;
import java.util.List;
import vn.langso.accounts.boundary.CallerContext;
import vn.langso.kernel.AreaScope;
import vn.langso.kernel.CsvWriter;
import vn.langso.kernel.NotFoundException;
import vn.langso.kernel.SearchKey;
import vn.langso.org.control.CsvExportQuery;
import vn.langso.org.control.CsvFormat;
import vn.langso.org.entity.AdminUnit;
import vn.langso.org.entity.Team;

/**
 * Units, teams and members as CSV files in the import's format, so that an exported file imports again unchanged.
 * Scoped like the list pages: a caller gets the rows of their area and nothing else (members: those whose current
 * team is in it; an admin also gets the members in no team), and a filter naming a unit or team outside the area
 * answers not found.
 */
@Stateless
@RolesAllowed({"ADMIN", "COORDINATOR", "TEAM_LEADER"})
public class OrganizationExport {

    static final String UNITS = "select u.path, u.code, u.name, u.typeLabel, p.code, u.households, u.active"
            + " from AdminUnit u left join u.parent p";
    static final String TEAMS = "select t.id, u.code, t.name, t.foundedOn, t.active from Team t join t.unit u";
    static final String MEMBERS = "select p.id, p.phone, p.fullName, p.email, p.birthYear, p.gender, p.affiliation,"
            + " u.code, t.name, m.teamRole from Member p"
            + " left join TeamMembership m on m.member = p and m.endedOn is null"
            + " left join m.team t left join t.unit u";

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    CallerContext callers;

    /** Checks the filter before a byte is sent, while the answer can still be a 404. */
    public void requireVisible(ExportFilter filter) {
        AreaScope area = callerArea();
        subtreePath(filter, area);
        requireVisibleTeam(filter, area);
    }

    public void write(CsvFormat format, ExportFilter filter, Writer out) {
        AreaScope area = callerArea();
        String subtree = subtreePath(filter, area);
        requireVisibleTeam(filter, area);
        String text = filter.text() == null || filter.text().isBlank()
                ? null
                : filter.text().trim();
        String namePattern = text == null ? null : SearchKey.containing(text);
        CsvWriter csv = new CsvWriter(out).byteOrderMark().row(format.columns());
        CsvExportQuery query = new CsvExportQuery(em);
        switch (format) {
            case UNITS ->
                // Units closed by a reform are history: their codes may now name the units they went into.
                query.inArea("u", area, subtree)
                        .always("u.validTo is null")
                        .whenGiven("u.active = :active", "active", filter.active())
                        .whenGiven("(u.searchKey like :text or u.code like :text)", "text", namePattern)
                        .write(UNITS, "u.path", "", csv);
            case TEAMS ->
                query.inArea("u", area, subtree)
                        .whenGiven("t.id = :team", "team", filter.teamId())
                        .whenGiven("t.active = :active", "active", filter.active())
                        .whenGiven("t.searchKey like :text", "text", namePattern)
                        .write(TEAMS, "t.id", 0L, csv);
            case MEMBERS -> {
                // As on the member list: an admin's whole list also holds the members in no team, who have no unit.
                if (!area.isEverywhere() || subtree != null) {
                    query.inArea("u", area, subtree);
                }
                boolean phone = text != null && text.matches("[0-9 ]+");
                query.whenGiven("t.id = :team", "team", filter.teamId())
                        .whenGiven("p.phone like :phone", "phone", phone ? "%" + text.replace(" ", "") + "%" : null)
                        .whenGiven("p.searchKey like :text", "text", phone ? null : namePattern)
                        .write(MEMBERS, "p.id", 0L, csv);
            }
        }
    }

    private String subtreePath(ExportFilter filter, AreaScope area) {
        if (filter.unitCode() == null || filter.unitCode().isBlank()) {
            return null;
        }
        List<AdminUnit> found = em.createQuery(
                        "select u from AdminUnit u where u.code = :code and u.validTo is null", AdminUnit.class)
                .setParameter("code", filter.unitCode().trim())
                .getResultList();
        if (found.isEmpty() || !area.includes(found.get(0).getPath())) {
            throw new NotFoundException();
        }
        return found.get(0).getPath();
    }

    private void requireVisibleTeam(ExportFilter filter, AreaScope area) {
        if (filter.teamId() != null) {
            Team team = em.find(Team.class, filter.teamId());
            if (team == null || !area.includes(team.getUnit().getPath())) {
                throw new NotFoundException();
            }
        }
    }

    private AreaScope callerArea() {
        return callers.current().area();
    }
}
