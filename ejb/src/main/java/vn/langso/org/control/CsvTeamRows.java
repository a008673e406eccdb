package vn.langso.org.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.langso.kernel.CsvRow;
import vn.langso.kernel.CsvTable;
import vn.langso.org.control.CsvKeys.TeamKey;
import vn.langso.org.control.CsvUnitRows.KnownUnit;

/**
 * Checks a teams file: unit_code, name, founded_on, active. A team is known by its unit and its name; its unit is
 * stored already and is a commune or below, as for a team founded on the team pages.
 */
public final class CsvTeamRows {

    public static final String UNIT_CODE = "unit_code";
    public static final String NAME = "name";
    public static final String FOUNDED_ON = "founded_on";
    public static final String ACTIVE = "active";

    public record TeamRow(int line, TeamKey key, String unitCode, String name, LocalDate foundedOn, Boolean active) {}

    private CsvTeamRows() {}

    public static List<TeamRow> check(
            CsvTable table,
            Map<String, KnownUnit> units,
            Map<TeamKey, List<Long>> teams,
            int highestTeamDepth,
            LocalDate today) {
        Map<TeamKey, Integer> lineOfTeam = new HashMap<>();
        List<TeamRow> rows = new ArrayList<>();
        for (CsvRow row : table.rows()) {
            String unitCode = row.required(UNIT_CODE, 20);
            String name = row.required(NAME, 150);
            LocalDate foundedOn = row.date(FOUNDED_ON, today);
            Boolean active = row.flag(ACTIVE);
            if (unitCode != null) {
                KnownUnit unit = units.get(CsvKeys.unit(unitCode));
                if (unit == null) {
                    row.error(UNIT_CODE, "imports.team.unitUnknown", unitCode);
                } else if (unit.depth() < highestTeamDepth) {
                    row.error(UNIT_CODE, "imports.team.unitLevel", unitCode);
                }
            }
            if (unitCode == null || name == null) {
                continue;
            }
            TeamKey key = CsvKeys.team(unitCode, name);
            Integer firstLine = lineOfTeam.putIfAbsent(key, row.line());
            if (firstLine != null) {
                row.error(NAME, "imports.team.duplicate", name, firstLine);
            } else if (teams.getOrDefault(key, List.of()).size() > 1) {
                row.error(NAME, "imports.team.ambiguous", name, unitCode);
            }
            if (row.valid()) {
                rows.add(new TeamRow(row.line(), key, unitCode, name, foundedOn, active));
            }
        }
        return rows;
    }
}
