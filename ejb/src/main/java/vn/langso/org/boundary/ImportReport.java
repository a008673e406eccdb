package vn.langso.org.boundary;

import vn.langso.org.control.CsvFormat;

/** What an accepted import did, row by row: a row created a record, changed one, or found it as it was. */
public record ImportReport(CsvFormat format, int created, int updated, int unchanged) {

    public int rows() {
        return created + updated + unchanged;
    }
}
