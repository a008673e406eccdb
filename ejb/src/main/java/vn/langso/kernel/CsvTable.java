package vn.langso.kernel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A CSV file of one kind ({@link CsvColumns}), its columns found by the names of the header line. Reading it collects
 * every error instead of stopping at the first: those of the header here, those of the cells as the rows are read.
 */
public final class CsvTable {

    private final List<CsvRow> rows = new ArrayList<>();
    private final List<ImportError> errors = new ArrayList<>();

    private CsvTable() {}

    /** The table of a file's text; throws {@link CsvFormatException} when the text is not CSV. */
    public static CsvTable read(String text, CsvColumns format) {
        CsvTable table = new CsvTable();
        List<CsvReader.Record> records = CsvReader.parse(text);
        if (records.isEmpty() || blank(records.get(0).fields())) {
            table.errors.add(new ImportError(1, null, "imports.header.missingLine", List.of()));
            return table;
        }
        List<String> header = table.header(records.get(0).fields(), format);
        for (CsvReader.Record record : records.subList(1, records.size())) {
            if (!blank(record.fields())) {
                table.row(record, header);
            }
        }
        return table;
    }

    public List<CsvRow> rows() {
        return rows;
    }

    /** Every error found so far, in the order of the file. */
    public List<ImportError> errors() {
        return errors;
    }

    /** The distinct non-blank values of a column, to look up what the rows refer to in one go. */
    public Set<String> distinct(String column) {
        Set<String> values = new LinkedHashSet<>();
        for (CsvRow row : rows) {
            String value = CsvRow.clean(row.raw(column));
            if (value != null) {
                values.add(value);
            }
        }
        return values;
    }

    private List<String> header(List<String> names, CsvColumns format) {
        List<String> header = new ArrayList<>();
        for (String name : names) {
            String column = name.trim().toLowerCase(Locale.ROOT).replace(' ', '_');
            if (column.isEmpty()) {
                header.add(null);
            } else if (!format.columns().contains(column)) {
                errors.add(new ImportError(1, name.trim(), "imports.header.unknown", List.of(name.trim())));
                header.add(null);
            } else if (header.contains(column)) {
                errors.add(new ImportError(1, column, "imports.header.duplicate", List.of(column)));
                header.add(null);
            } else {
                header.add(column);
            }
        }
        for (String column : format.columns()) {
            if (format.required(column) && !header.contains(column)) {
                errors.add(new ImportError(1, column, "imports.header.missing", List.of(column)));
            }
        }
        return header;
    }

    private void row(CsvReader.Record record, List<String> header) {
        Map<String, String> cells = new HashMap<>();
        List<String> fields = record.fields();
        for (int i = 0; i < fields.size(); i++) {
            if (i >= header.size()) {
                if (!fields.get(i).isBlank()) {
                    errors.add(new ImportError(
                            record.line(),
                            null,
                            "imports.row.tooManyFields",
                            List.of(String.valueOf(fields.size()), String.valueOf(header.size()))));
                    return;
                }
            } else if (header.get(i) != null) {
                cells.put(header.get(i), fields.get(i));
            }
        }
        CsvRow row = new CsvRow(record.line(), cells, errors);
        for (String column : header) {
            String value = column == null ? null : cells.get(column);
            int hidden = HiddenCharacters.indexIn(value);
            if (hidden >= 0) {
                row.error(column, "imports.field.hiddenCharacter", hidden + 1, HiddenCharacters.codeAt(value, hidden));
            }
        }
        rows.add(row);
    }

    private static boolean blank(List<String> fields) {
        return fields.stream().allMatch(String::isBlank);
    }
}
