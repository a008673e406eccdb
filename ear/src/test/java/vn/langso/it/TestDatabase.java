package vn.langso.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import vn.langso.accounts.control.PasswordHasher;
import vn.langso.launcher.EmbeddedDatabase;

/** The test run's database, for tests that prepare their own rows. */
public final class TestDatabase {

    private static EmbeddedDatabase database;

    private TestDatabase() {}

    static void use(EmbeddedDatabase started) {
        database = started;
    }

    public static EmbeddedDatabase embedded() {
        if (database == null) {
            throw new IllegalStateException("No test database: run integration tests through failsafe");
        }
        return database;
    }

    public static Connection connect() throws SQLException {
        return DriverManager.getConnection(
                embedded().jdbcUrl(), embedded().user(), embedded().password());
    }

    /** An account of the test's own, so that locking or changing it disturbs no other test. */
    public static String createAccount(String prefix, String password, String... roles) throws SQLException {
        String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        try (Connection connection = connect();
                PreparedStatement account = connection.prepareStatement(
                        "insert into account (username, display_name, password_hash, created_at) values (?, ?, ?, ?)",
                        PreparedStatement.RETURN_GENERATED_KEYS);
                PreparedStatement role =
                        connection.prepareStatement("insert into account_role (account_id, role) values (?, ?)")) {
            account.setString(1, username);
            account.setString(2, "Người thử " + username);
            account.setString(3, new PasswordHasher().hash(password));
            account.setTimestamp(4, Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC)));
            account.executeUpdate();
            try (var keys = account.getGeneratedKeys()) {
                keys.next();
                long id = keys.getLong(1);
                for (String name : roles) {
                    role.setLong(1, id);
                    role.setString(2, name);
                    role.executeUpdate();
                }
            }
        }
        return username;
    }
}
