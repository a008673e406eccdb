package vn.langso.visits;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.UUID;
import vn.langso.it.OrgFixture;
import vn.langso.kernel.SearchKey;

/** The visits component's rows a test writes for itself with JDBC: households, gates, and counts to check. */
public final class FieldRows {

    private final OrgFixture.Connections connections;

    public FieldRows(OrgFixture.Connections connections) {
        this.connections = connections;
    }

    public long household(long hamlet, String headName, String houseNumber, String phone) throws SQLException {
        try (Connection c = connections.open();
                PreparedStatement insert = c.prepareStatement(
                        "insert into household (unit_id, code, head_name, search_key, house_number, phone, residents,"
                                + " created_at) values (?, ?, ?, ?, ?, ?, 3, ?)",
                        Statement.RETURN_GENERATED_KEYS)) {
            insert.setLong(1, hamlet);
            insert.setString(2, "T" + UUID.randomUUID().toString().substring(0, 8));
            insert.setString(3, headName);
            insert.setString(4, SearchKey.of(headName));
            insert.setString(5, houseNumber);
            insert.setString(6, phone);
            insert.setTimestamp(7, Timestamp.valueOf(LocalDateTime.now()));
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** An open follow-up, as a PARTIAL visit leaves it. */
    public void openFollowUp(long household, String service, long member, long team, long unit, java.time.LocalDate due)
            throws SQLException {
        try (Connection c = connections.open();
                PreparedStatement insert = c.prepareStatement("insert into follow_up (household_id, service,"
                        + " member_id, team_id, unit_id, opened_by_visit, due_on, open_key)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, household);
            insert.setString(2, service);
            insert.setLong(3, member);
            insert.setLong(4, team);
            insert.setLong(5, unit);
            insert.setString(6, UUID.randomUUID().toString());
            insert.setObject(7, due);
            insert.setString(8, household + ":" + service);
            insert.executeUpdate();
        }
    }

    public void gate(String service, Long skill, boolean gated) throws SQLException {
        try (Connection c = connections.open();
                PreparedStatement upsert = c.prepareStatement("insert into service_gate (service, skill_id, gated)"
                        + " values (?, ?, ?) on duplicate key update skill_id = values(skill_id),"
                        + " gated = values(gated)")) {
            upsert.setString(1, service);
            upsert.setObject(2, skill);
            upsert.setBoolean(3, gated);
            upsert.executeUpdate();
        }
    }

    public long count(String sql, Object... parameters) throws SQLException {
        return ((Number) value(sql, parameters)).longValue();
    }

    public String string(String sql, Object... parameters) throws SQLException {
        return (String) value(sql, parameters);
    }

    /** The first column of the first row. */
    private Object value(String sql, Object... parameters) throws SQLException {
        try (Connection c = connections.open();
                PreparedStatement select = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                select.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getObject(1);
            }
        }
    }
}
