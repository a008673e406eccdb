package vn.langso.notifications;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.langso.it.OrgFixture;

/**
 * Skills, certificates and notifications of a test's own, written and read with JDBC, so that the tests of the
 * nightly job, the notifications and the reports need nothing of the certification component's entities.
 */
public final class CertificateRows {

    private final OrgFixture.Connections connections;

    public CertificateRows(OrgFixture.Connections connections) {
        this.connections = connections;
    }

    public long skill(String code, String name) throws SQLException {
        return insert("insert into skill (code, name) values (?, ?)", code, name);
    }

    public long certificate(long member, long skill, String status, LocalDate expiresOn) throws SQLException {
        String unique = UUID.randomUUID().toString().replace("-", "");
        return insert(
                "insert into certificate (number, member_id, skill_id, status, issued_on, expires_on, verification_code)"
                        + " values (?, ?, ?, ?, ?, ?, ?)",
                "T" + unique.substring(0, 15),
                member,
                skill,
                status,
                expiresOn.minusYears(1),
                expiresOn,
                unique);
    }

    /** As a renewal does: active again, with a later date; the row (and its id) stays. */
    public void renew(long certificate, LocalDate expiresOn) throws SQLException {
        update("update certificate set status = 'ACTIVE', expires_on = ? where id = ?", expiresOn, certificate);
    }

    public String status(long certificate) throws SQLException {
        return strings("select status from certificate where id = ?", certificate)
                .get(0);
    }

    /** The member's notifications' dedupe keys, oldest first. */
    public List<String> notificationKeys(long member) throws SQLException {
        return strings("select dedupe_key from notification where member_id = ? order by id", member);
    }

    public List<String> notificationArgs(long member) throws SQLException {
        return strings("select message_args from notification where member_id = ? order by id", member);
    }

    public long notification(long member, String dedupeKey, String messageKey, String args) throws SQLException {
        return insert(
                "insert into notification (member_id, dedupe_key, message_key, message_args, link, created_at)"
                        + " values (?, ?, ?, ?, '/certification/my.xhtml', utc_timestamp(6))",
                member,
                dedupeKey,
                messageKey,
                args);
    }

    public void email(long member, String email) throws SQLException {
        update("update member set email = ? where id = ?", email, member);
    }

    private List<String> strings(String sql, Object... parameters) throws SQLException {
        try (Connection c = connections.open();
                PreparedStatement select = c.prepareStatement(sql)) {
            bind(select, parameters);
            List<String> values = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            return values;
        }
    }

    private long insert(String sql, Object... parameters) throws SQLException {
        try (Connection c = connections.open();
                PreparedStatement insert = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            bind(insert, parameters);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private void update(String sql, Object... parameters) throws SQLException {
        try (Connection c = connections.open();
                PreparedStatement update = c.prepareStatement(sql)) {
            bind(update, parameters);
            update.executeUpdate();
        }
    }

    private static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
    }
}
