package vn.langso.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import vn.langso.launcher.EmbeddedDatabase;

/** The test run's database, for tests that prepare their own rows from outside the server. */
public final class TestDatabase {

    /** The password of every account a test creates. */
    public static final String PASSWORD = AccountRows.PASSWORD;

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

    public static String uniquePhone() {
        return AccountRows.uniquePhone();
    }

    /** An account of the test's own, so that locking or changing it disturbs no other test. */
    public static String createAccount(String prefix, String password, String... roles) throws SQLException {
        try (Connection connection = connect()) {
            return AccountRows.insert(connection, prefix, password, roles);
        }
    }
}
