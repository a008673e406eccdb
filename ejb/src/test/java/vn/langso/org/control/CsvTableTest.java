package vn.langso.org.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.langso.kernel.CsvRow;
import vn.langso.kernel.CsvTable;
import vn.langso.kernel.ImportError;

class CsvTableTest {

    @Test
    void columnsAreFoundByNameInAnyOrderAndCase() {
        CsvTable table = CsvTable.read("Name , CODE,type\nChợ Gạo,822,huyện\n", CsvFormat.UNITS);

        assertThat(table.errors()).isEmpty();
        CsvRow row = table.rows().get(0);
        assertThat(row.text("code")).isEqualTo("822");
        assertThat(row.text("name")).isEqualTo("Chợ Gạo");
        assertThat(row.text("households")).isNull();
    }

    @Test
    void unknownDuplicateAndMissingColumnsAreErrorsOfLineOne() {
        CsvTable table = CsvTable.read("code,name,name,ghi_chu\n", CsvFormat.UNITS);

        assertThat(table.errors())
                .containsExactly(
                        new ImportError(1, "name", "imports.header.duplicate", List.of("name")),
                        new ImportError(1, "ghi_chu", "imports.header.unknown", List.of("ghi_chu")),
                        new ImportError(1, "type", "imports.header.missing", List.of("type")));
    }

    @Test
    void blankLinesAreSkippedAndLinesKeepTheirNumbers() {
        CsvTable table = CsvTable.read("code,name,type\n\n,,\n822,Chợ Gạo,huyện\n", CsvFormat.UNITS);

        assertThat(table.rows()).singleElement().satisfies(row -> assertThat(row.line())
                .isEqualTo(4));
    }

    @Test
    void aRowWithMoreFieldsThanTheHeaderIsAnError() {
        CsvTable table =
                CsvTable.read("code,name,type\n822,Chợ Gạo,huyện,extra\n823,Gò Công Tây,huyện,,\n", CsvFormat.UNITS);

        assertThat(table.errors())
                .containsExactly(new ImportError(2, null, "imports.row.tooManyFields", List.of("4", "3")));
        assertThat(table.rows()).hasSize(1);
    }

    @Test
    void textIsTrimmedFoldedAndComposed() {
        String decomposed = "Chơ\u0323   Ga\u0323o ";
        CsvTable table = CsvTable.read("code,name,type\n822,\"" + decomposed + "\",huyện\n", CsvFormat.UNITS);

        assertThat(table.rows().get(0).text("name")).isEqualTo("Chợ Gạo");
    }

    @Test
    void anEmptyFileHasNoHeader() {
        assertThat(CsvTable.read("", CsvFormat.TEAMS).errors())
                .extracting(ImportError::messageKey)
                .containsExactly("imports.header.missingLine");
    }
}
