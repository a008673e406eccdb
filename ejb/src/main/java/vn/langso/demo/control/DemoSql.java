package vn.langso.demo.control;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** The few JDBC statements the demo writers share: one number read, one row written, the demo team looked up. */
final class DemoSql {

    private DemoSql() {}

    /** The team a member is in today. */
    static long teamOf(Connection c, long memberId) throws SQLException {
        return single(
                c,
                "select t.id from team t join team_membership m on m.team_id = t.id"
                        + " where m.member_id = ? and m.ended_on is null",
                memberId);
    }

    static long single(Connection c, String sql, Object parameter) throws SQLException {
        try (PreparedStatement select = c.prepareStatement(sql)) {
            select.setObject(1, parameter);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    /** Runs an insert or update; times and days are written as the database's own types. */
    static void update(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                Object value = parameters[i];
                statement.setObject(
                        i + 1,
                        value instanceof LocalDateTime time
                                ? Timestamp.valueOf(time)
                                : value instanceof LocalDate day ? Date.valueOf(day) : value);
            }
            statement.executeUpdate();
        }
    }
}
