package vn.langso.certification.control;

import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import vn.langso.certification.control.CertifiedReportRollup.Row;
import vn.langso.kernel.CsvWriter;

/**
 * The certified-by-unit report as CSV: a byte order mark for Excel, snake_case headers for tools, one line per unit
 * and skill as the page lists them. A text a spreadsheet would run as a formula gets a leading apostrophe (OWASP's
 * advice), since unit, team and skill names come from imports and admins.
 */
public final class CertifiedReportCsv {

    static final List<String> COLUMNS =
            List.of("unit_code", "unit", "skill_code", "skill", "members", "certified", "expired", "certified_percent");

    private CertifiedReportCsv() {}

    /** {@code unit}: the unit's code and name. */
    public static <U> void write(List<Row<U>> rows, Function<U, List<String>> unit, Writer out) {
        CsvWriter csv = new CsvWriter(out).byteOrderMark().row(COLUMNS);
        for (Row<U> row : rows) {
            List<Object> cells = new ArrayList<>(unit.apply(row.unit()));
            cells.add(row.skill().code());
            cells.add(row.skill().name());
            cells.add(row.members());
            cells.add(row.certified());
            cells.add(row.expired());
            cells.add(row.certifiedPercent());
            csv.row(cells);
        }
    }
}
