package vn.langso.kernel;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The two files a report downloads as: CSV with a byte order mark (Excel then reads the Vietnamese names right) and
 * its columns' machine names as header, or an Excel workbook, numbers as numbers, headers in the reader's language.
 */
public enum SheetFormat {
    CSV("csv", "text/csv; charset=UTF-8"),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final String extension;
    private final String contentType;

    SheetFormat(String extension, String contentType) {
        this.extension = extension;
        this.contentType = contentType;
    }

    public static Optional<SheetFormat> named(String extension) {
        for (SheetFormat format : values()) {
            if (format.extension.equals(extension)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    public String contentType() {
        return contentType;
    }

    /** {@code attachment; filename="langso-course-7-teams-2026-01-15.xlsx"}. */
    public String contentDisposition(Sheet sheet) {
        return "attachment; filename=\"langso-" + sheet.stem() + "-" + LocalDates.today(Clock.systemUTC()) + "."
                + extension + "\"";
    }

    /** @param text the reader's texts by bundle key, for a workbook's headers */
    public void write(Sheet sheet, UnaryOperator<String> text, OutputStream output) throws IOException {
        if (this == CSV) {
            Writer out = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
            CsvWriter csv = new CsvWriter(out)
                    .byteOrderMark()
                    .row(sheet.columns().stream().map(Sheet.Column::name).toList());
            sheet.rows().forEach(csv::row);
            out.flush();
            return;
        }
        Workbook workbook = new Workbook(output, "LangSo", "1.0");
        Worksheet page = workbook.newWorksheet(text.apply(sheet.nameKey()));
        List<Sheet.Column> columns = sheet.columns();
        for (int c = 0; c < columns.size(); c++) {
            page.value(0, c, text.apply(columns.get(c).labelKey()));
            page.style(0, c).bold().set();
        }
        page.freezePane(0, 1);
        for (int r = 0; r < sheet.rows().size(); r++) {
            List<Object> cells = sheet.rows().get(r);
            for (int c = 0; c < cells.size(); c++) {
                Object cell = cells.get(c);
                if (cell instanceof Number number) {
                    page.value(r + 1, c, number);
                } else if (cell != null) {
                    page.value(r + 1, c, cell.toString());
                }
            }
        }
        for (int c = 0; c < columns.size(); c++) {
            int column = c;
            boolean words = sheet.rows().stream().anyMatch(row -> row.get(column) instanceof String);
            page.width(c, words ? 30 : 14);
        }
        workbook.finish();
    }
}
