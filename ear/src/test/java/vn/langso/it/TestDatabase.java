package vn.langso.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
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

    /** The first column of the query's first row, as text; null when there is no row. */
    public static String text(String sql, Object... parameters) throws SQLException {
        try (Connection connection = connect();
                PreparedStatement query = prepare(connection, sql, parameters);
                ResultSet rows = query.executeQuery()) {
            return rows.next() ? rows.getString(1) : null;
        }
    }

    /** Runs an insert, update or delete; answers the rows it changed. */
    public static int update(String sql, Object... parameters) throws SQLException {
        try (Connection connection = connect();
                PreparedStatement statement = prepare(connection, sql, parameters)) {
            return statement.executeUpdate();
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }
}
