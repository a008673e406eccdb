package vn.langso.org.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.langso.kernel.CsvTable;
import vn.langso.kernel.ImportError;
import vn.langso.org.control.CsvUnitRows.KnownUnit;
import vn.langso.org.control.CsvUnitRows.UnitRow;

class CsvUnitRowsTest {

    private static final String HEADER = "code,name,type,parent_code,households,active\n";
    private static final Set<Integer> LEVELS = Set.of(0, 1, 2, 3);
    private static final Map<String, KnownUnit> STORED = Map.of("82", new KnownUnit(1, 0, null));

    @Test
    void aParentStoredOrOnAnEarlierLineGivesTheLevel() {
        CsvTable table = table("822,Chợ Gạo,huyện,82,48000,true\n28594,Chợ Gạo,thị trấn,822,4200,\n");

        List<UnitRow> rows = CsvUnitRows.check(table, STORED, LEVELS);

        assertThat(table.errors()).isEmpty();
        assertThat(rows).extracting(UnitRow::depth).containsExactly(1, 2);
        assertThat(rows.get(1).households()).isEqualTo(4200);
        assertThat(rows.get(1).active()).isNull();
    }

    @Test
    void aParentOnALaterLineIsUnknown() {
        CsvTable table = table("28594,Chợ Gạo,thị trấn,822,,\n822,Chợ Gạo,huyện,82,,\n");

        CsvUnitRows.check(table, STORED, LEVELS);

        assertThat(table.errors())
                .containsExactly(new ImportError(2, "parent_code", "imports.unit.parentUnknown", List.of("822")));
    }

    @Test
    void everyErrorOfEveryRowIsListed() {
        CsvTable table =
                table("822,,huyện,82,-5,maybe\n" + "bad code!,X,xã,82,,\n" + "822,Chợ Gạo,huyện,82,,\n" + ",Y,,,,\n");

        CsvUnitRows.check(table, STORED, LEVELS);

        assertThat(table.errors())
                .containsExactly(
                        new ImportError(2, "name", "imports.field.required", List.of()),
                        new ImportError(2, "households", "imports.field.range", List.of("0", "100000000")),
                        new ImportError(2, "active", "imports.field.boolean", List.of()),
                        new ImportError(3, "code", "imports.unit.codeFormat", List.of("bad code!")),
                        new ImportError(4, "code", "imports.unit.duplicate", List.of("822", "2")),
                        new ImportError(5, "code", "imports.field.required", List.of()),
                        new ImportError(5, "type", "imports.field.required", List.of()));
    }

    @Test
    void aStoredUnitIsNotMovedByAnImport() {
        Map<String, KnownUnit> stored = Map.of(
                "82", new KnownUnit(1, 0, null), "83", new KnownUnit(2, 0, null), "822", new KnownUnit(3, 1, "82"));
        CsvTable table = table("822,Chợ Gạo,huyện,83,,\n822B,Chợ Gạo B,huyện,82,,\n");

        CsvUnitRows.check(table, stored, LEVELS);

        assertThat(table.errors())
                .containsExactly(new ImportError(2, "parent_code", "imports.unit.parentChanged", List.of("82")));
    }

    @Test
    void aBlankParentLeavesAStoredUnitWhereItIs() {
        Map<String, KnownUnit> stored = Map.of("822", new KnownUnit(3, 1, "82"));
        CsvTable table = table("822,Chợ Gạo,huyện,,,\n");

        List<UnitRow> rows = CsvUnitRows.check(table, stored, LEVELS);

        assertThat(table.errors()).isEmpty();
        assertThat(rows).singleElement().satisfies(row -> assertThat(row.depth())
                .isEqualTo(1));
    }

    @Test
    void noLevelBelowTheLowest() {
        CsvTable table = table("X1,Tổ dân phố,tổ,28594-01,,\n");

        CsvUnitRows.check(table, Map.of("28594-01", new KnownUnit(9, 3, "28594")), LEVELS);

        assertThat(table.errors()).extracting(ImportError::messageKey).containsExactly("imports.unit.noLevelBelow");
    }

    @Test
    void codesMatchWithoutRegardToCase() {
        CsvTable table = table("ab-1,A,xã,82,,\nAB-1,B,xã,82,,\n");

        CsvUnitRows.check(table, STORED, LEVELS);

        assertThat(table.errors()).extracting(ImportError::messageKey).containsExactly("imports.unit.duplicate");
    }

    private static CsvTable table(String rows) {
        return CsvTable.read(HEADER + rows, CsvFormat.UNITS);
    }
}
