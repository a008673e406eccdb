package vn.langso.demo.control;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

/** Writes many demo rows quickly: one INSERT with many value lists per chunk of rows. */
final class BulkInsert {

    private static final int ROWS_PER_STATEMENT = 500;

    private BulkInsert() {}

    /**
     * One statement per {@value #ROWS_PER_STATEMENT} rows with as many value lists: a JDBC batch would still cost a
     * round trip per row, as the driver rewrites batches only when told to.
     */
    static <T> void insert(Connection connection, String tableAndColumns, List<T> rows, Function<T, Object[]> values)
            throws SQLException {
        int columns = tableAndColumns.split(",").length;
        String valueList = "(" + String.join(", ", Collections.nCopies(columns, "?")) + ")";
        for (int first = 0; first < rows.size(); first += ROWS_PER_STATEMENT) {
            List<T> chunk = rows.subList(first, Math.min(rows.size(), first + ROWS_PER_STATEMENT));
            String sql = "INSERT INTO " + tableAndColumns + " VALUES "
                    + String.join(", ", Collections.nCopies(chunk.size(), valueList));
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                int index = 1;
                for (T row : chunk) {
                    for (Object value : values.apply(row)) {
                        set(statement, index++, value);
                    }
                }
                statement.executeUpdate();
            }
        }
    }

    private static void set(PreparedStatement statement, int index, Object value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.NULL);
        } else if (value instanceof LocalDate date) {
            statement.setDate(index, Date.valueOf(date));
        } else if (value instanceof LocalDateTime time) {
            statement.setTimestamp(index, Timestamp.valueOf(time));
        } else {
            statement.setObject(index, value);
        }
    }
}
