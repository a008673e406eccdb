package vn.langso.kernel;

import java.util.List;

/**
 * A report's table to download, as every export writes it ({@link SheetFormat}): named columns, rows of text and
 * numbers. A column has a machine name, the CSV's header for the tools that read it, and the bundle key of its
 * header in a workbook, which speaks the reader's language.
 *
 * @param nameKey the bundle key of the workbook's sheet name
 * @param stem the file name's middle, as in {@code langso-<stem>-2026-12-06.csv}
 */
public record Sheet(String nameKey, String stem, List<Column> columns, List<List<Object>> rows) {

    public record Column(String name, String labelKey) {}

    public Sheet {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        for (List<Object> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("One cell per column: " + columns);
            }
        }
    }

    public static Column column(String name, String labelKey) {
        return new Column(name, labelKey);
    }
}
