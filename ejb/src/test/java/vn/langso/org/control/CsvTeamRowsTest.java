package vn.langso.org.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.langso.kernel.CsvTable;
import vn.langso.kernel.ImportError;
import vn.langso.org.control.CsvTeamRows.TeamRow;
import vn.langso.org.control.CsvUnitRows.KnownUnit;

class CsvTeamRowsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 1, 15);
    /** Province, district, commune, village: teams from depth 2 down. */
    private static final int DEFAULT_LEVELS_TEAM_DEPTH = 2;

    private static final Map<String, KnownUnit> UNITS =
            Map.of("822", new KnownUnit(3, 1, "82"), "28594", new KnownUnit(4, 2, "822"));

    @Test
    void datesAsIsoOrAsExcelWritesThemInVietnamese() {
        CsvTable table = table("28594,Tổ 1,2022-03-15,true\n28594,Tổ 2,1/4/2022,false\n");

        List<TeamRow> rows = CsvTeamRows.check(table, UNITS, Map.of(), DEFAULT_LEVELS_TEAM_DEPTH, TODAY);

        assertThat(table.errors()).isEmpty();
        assertThat(rows)
                .extracting(TeamRow::foundedOn)
                .containsExactly(LocalDate.of(2022, 3, 15), LocalDate.of(2022, 4, 1));
        assertThat(rows).extracting(TeamRow::active).containsExactly(true, false);
    }

    @Test
    void unitsMustBeStoredAndCommunesOrBelow() {
        CsvTable table = table("999,Tổ 1,,\n822,Tổ 2,,\n");

        CsvTeamRows.check(table, UNITS, Map.of(), DEFAULT_LEVELS_TEAM_DEPTH, TODAY);

        assertThat(table.errors())
                .containsExactly(
                        new ImportError(2, "unit_code", "imports.team.unitUnknown", List.of("999")),
                        new ImportError(3, "unit_code", "imports.team.unitLevel", List.of("822")));
    }

    @Test
    void badDatesAndDuplicatesAreErrors() {
        CsvTable table = table("28594,Tổ 1,2022-02-30,\n28594,Tổ 2,2027-01-01,\n28594,  tổ 1 ,,\n");

        CsvTeamRows.check(table, UNITS, Map.of(), DEFAULT_LEVELS_TEAM_DEPTH, TODAY);

        assertThat(table.errors())
                .containsExactly(
                        new ImportError(2, "founded_on", "imports.field.date", List.of()),
                        new ImportError(3, "founded_on", "imports.field.future", List.of()),
                        new ImportError(4, "name", "imports.team.duplicate", List.of("tổ 1", "2")));
    }

    @Test
    void twoStoredTeamsOfTheSameNameMakeTheRowAmbiguous() {
        CsvTable table = table("28594,Tổ 1,,\n");

        CsvTeamRows.check(
                table, UNITS, Map.of(CsvKeys.team("28594", "TỔ 1"), List.of(7L, 8L)), DEFAULT_LEVELS_TEAM_DEPTH, TODAY);

        assertThat(table.errors()).extracting(ImportError::messageKey).containsExactly("imports.team.ambiguous");
    }

    private static CsvTable table(String rows) {
        return CsvTable.read("unit_code,name,founded_on,active\n" + rows, CsvFormat.TEAMS);
    }

    @Test
    void afterTheReformCommunesOneLevelBelowTheProvinceTakeTeams() {
        CsvTable table = table("822,Tổ xã sau sáp nhập,2025-08-01,true\n");

        CsvTeamRows.check(table, UNITS, Map.of(), 1, TODAY);

        assertThat(table.errors()).isEmpty();
    }
}
