package vn.langso.it;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import vn.langso.accounts.control.PasswordHasher;

/** Rows a test writes for itself with JDBC, on either side of the server: accounts and phone numbers. */
public final class AccountRows {

    /** The password of every account a test creates. */
    public static final String PASSWORD = "mat-khau-thu-1";

    /** One hash for all: hashing is deliberately slow. */
    private static final String PASSWORD_HASH = new PasswordHasher().hash(PASSWORD);

    /**
     * The next phone number lives in a system property rather than a static field: every deployment of a run gets its
     * own class loader, so a static counter started afresh in each and their numbers collided. The server and the test
     * JVM count in halves of their own; each starts at a random place so that a rerun against a kept database rarely
     * meets its earlier numbers.
     */
    private static final String NEXT_PHONE = "langso.it.nextPhone";

    private static final long HALF = 500_000L;

    private AccountRows() {}

    /** A mobile number no other test of this run uses: the demo data never uses the 0399 prefix. */
    public static String uniquePhone() {
        synchronized (System.getProperties()) {
            long next = Long.parseLong(System.getProperty(NEXT_PHONE, String.valueOf(firstPhone())));
            System.setProperty(NEXT_PHONE, String.valueOf(next + 1));
            long half = System.getProperty("jboss.server.base.dir") != null ? 0 : HALF;
            return String.format("0399%06d", half + next % HALF);
        }
    }

    private static long firstPhone() {
        return ThreadLocalRandom.current().nextLong(HALF);
    }

    /** An account of the test's own, so that locking or changing it disturbs no other test. */
    public static String insert(Connection connection, String prefix, String password, String... roles)
            throws SQLException {
        String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        try (PreparedStatement account = connection.prepareStatement(
                        "insert into account (username, display_name, password_hash, created_at) values (?, ?, ?, ?)",
                        PreparedStatement.RETURN_GENERATED_KEYS);
                PreparedStatement role =
                        connection.prepareStatement("insert into account_role (account_id, role) values (?, ?)")) {
            account.setString(1, username);
            account.setString(2, "Người thử " + username);
            account.setString(3, PASSWORD.equals(password) ? PASSWORD_HASH : new PasswordHasher().hash(password));
            account.setTimestamp(4, Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC)));
            account.executeUpdate();
            try (ResultSet keys = account.getGeneratedKeys()) {
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
