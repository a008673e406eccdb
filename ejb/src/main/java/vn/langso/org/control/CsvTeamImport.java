package vn.langso.org.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.langso.kernel.CsvTable;
import vn.langso.kernel.ImportRejectedException;
import vn.langso.org.boundary.ImportReport;
import vn.langso.org.control.CsvKeys.TeamKey;
import vn.langso.org.control.CsvTeamRows.TeamRow;
import vn.langso.org.control.CsvUnitRows.KnownUnit;
import vn.langso.org.entity.AdminUnit;
import vn.langso.org.entity.Team;

/** Imports a teams file in the caller's transaction: checks every row, then creates and updates. */
@Dependent
public class CsvTeamImport {

    static final int CHUNK = 500;

    @PersistenceContext
    EntityManager em;

    public ImportReport run(CsvTable table, LocalDate today) {
        Map<String, KnownUnit> units = CsvLookups.units(em, table.distinct(CsvTeamRows.UNIT_CODE));
        Map<TeamKey, List<Long>> teams = CsvLookups.teams(em, table.distinct(CsvTeamRows.UNIT_CODE));
        List<TeamRow> rows = CsvTeamRows.check(table, units, teams, TeamPlacement.highestTeamDepth(em), today);
        if (!table.errors().isEmpty()) {
            throw new ImportRejectedException(table.errors());
        }
        int created = 0;
        int updated = 0;
        for (int from = 0; from < rows.size(); from += CHUNK) {
            List<TeamRow> chunk = rows.subList(from, Math.min(from + CHUNK, rows.size()));
            Map<Long, Team> stored = stored(chunk, teams);
            for (TeamRow row : chunk) {
                List<Long> ids = teams.get(row.key());
                Team team = ids == null ? null : stored.get(ids.get(0));
                if (team == null) {
                    long unitId = units.get(CsvKeys.unit(row.unitCode())).id();
                    Team founded = new Team(em.getReference(AdminUnit.class, unitId), row.name(), row.foundedOn());
                    if (row.active() != null) {
                        founded.setActive(row.active());
                    }
                    em.persist(founded);
                    created++;
                } else if (update(team, row)) {
                    updated++;
                }
            }
            em.flush();
            em.clear();
        }
        return new ImportReport(CsvFormat.TEAMS, created, updated, rows.size() - created - updated);
    }

    private Map<Long, Team> stored(List<TeamRow> chunk, Map<TeamKey, List<Long>> teams) {
        List<Long> ids = chunk.stream()
                .map(row -> teams.get(row.key()))
                .filter(Objects::nonNull)
                .map(found -> found.get(0))
                .toList();
        Map<Long, Team> stored = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("select t from Team t where t.id in :ids", Team.class)
                    .setParameter("ids", ids)
                    .getResultList()
                    .forEach(team -> stored.put(team.getId(), team));
        }
        return stored;
    }

    /** A name matched without regard to case takes the file's spelling. */
    private static boolean update(Team team, TeamRow row) {
        boolean changed = false;
        if (!team.getName().equals(row.name())) {
            team.rename(row.name());
            changed = true;
        }
        if (row.foundedOn() != null && !row.foundedOn().equals(team.getFoundedOn())) {
            team.setFoundedOn(row.foundedOn());
            changed = true;
        }
        if (row.active() != null && team.isActive() != row.active()) {
            team.setActive(row.active());
            changed = true;
        }
        return changed;
    }
}
