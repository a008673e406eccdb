package vn.langso.learning.boundary;

import java.util.List;

/**
 * The words of an Excel report in the reader's language, given by the web layer that holds the texts: the sheet's
 * name and one header per column. The CSV keeps its machine-readable snake_case header, for tools to read.
 */
public record ReportSheetLabels(String sheet, List<String> columns) {

    public ReportSheetLabels {
        columns = List.copyOf(columns);
    }
}
