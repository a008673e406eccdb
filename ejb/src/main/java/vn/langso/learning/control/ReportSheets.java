package vn.langso.learning.control;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import vn.langso.kernel.CsvWriter;
import vn.langso.learning.boundary.ReportSheetLabels;
import vn.langso.learning.boundary.ReportTeamRow;

/**
 * The by-team report as a file: CSV with a byte order mark (Excel then reads the Vietnamese names right), or an
 * Excel workbook with numbers as numbers. Both have the same columns: in the CSV named like the organisation's
 * exports, in the workbook in the reader's language.
 */
public final class ReportSheets {

    static final List<String> COLUMNS = List.of(
            "unit_code", "unit", "team", "members", "enrolled", "not_started", "in_progress", "completed", "overdue");

    private ReportSheets() {}

    public static void csv(List<ReportTeamRow> rows, Writer out) {
        CsvWriter csv = new CsvWriter(out).byteOrderMark().row(COLUMNS);
        rows.forEach(row -> csv.row(cells(row)));
    }

    public static void xlsx(List<ReportTeamRow> rows, ReportSheetLabels labels, OutputStream out) {
        if (labels.columns().size() != COLUMNS.size()) {
            throw new IllegalArgumentException("One header per column: " + COLUMNS);
        }
        try {
            Workbook workbook = new Workbook(out, "LangSo", "1.0");
            Worksheet sheet = workbook.newWorksheet(labels.sheet());
            for (int c = 0; c < COLUMNS.size(); c++) {
                sheet.value(0, c, labels.columns().get(c));
                sheet.style(0, c).bold().set();
            }
            sheet.freezePane(0, 1);
            sheet.width(1, 30);
            sheet.width(2, 36);
            for (int r = 0; r < rows.size(); r++) {
                List<Object> cells = cells(rows.get(r));
                for (int c = 0; c < cells.size(); c++) {
                    Object cell = cells.get(c);
                    if (cell instanceof Number number) {
                        sheet.value(r + 1, c, number);
                    } else {
                        sheet.value(r + 1, c, (String) cell);
                    }
                }
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Object> cells(ReportTeamRow row) {
        return List.of(
                row.unitCode(),
                row.unitName(),
                row.teamName(),
                row.members(),
                row.enrolled(),
                row.notStarted(),
                row.inProgress(),
                row.completed(),
                row.overdue());
    }
}
