package vn.langso.learning.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.langso.kernel.SheetFormat;
import vn.langso.learning.boundary.ReportTeamRow;

class ReportSheetsTest {

    @Test
    void aTextCellAFormulaWouldRunIsWrittenAsText() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        SheetFormat.CSV.write(
                ReportSheets.byTeam(
                        7,
                        List.of(
                                new ReportTeamRow(1, "=HYPERLINK(\"x\")", 2, "+84", "@unit", 3, 2, 1, 1, 0, 0),
                                new ReportTeamRow(4, "-1", 5, "U5", "Ấp Một", 1, 1, 0, 0, 1, 0))),
                key -> key,
                out);

        assertThat(out.toString(StandardCharsets.UTF_8).lines().skip(1))
                .containsExactly("'+84,'@unit,\"'=HYPERLINK(\"\"x\"\")\",3,2,1,1,0,0", "U5,Ấp Một,'-1,1,1,0,0,1,0");
    }
}
