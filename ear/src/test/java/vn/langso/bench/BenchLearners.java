package vn.langso.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Properties;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The benchmarks' learners: member accounts {@code hocvien0001}, {@code hocvien0002}, ... linked to demo members
 * who are in a team, written straight into the running LangSo's database and kept for the next run. Their password
 * hashes use 1,000 PBKDF2 iterations instead of 210,000, which the server accepts because the count travels with
 * each hash: the benchmarks measure learning, not the deliberately slow sign-in (measured with the platform).
 */
public final class BenchLearners {

    public static final String PASSWORD = "LangSo@2026";

    private BenchLearners() {}

    /** The embedded database of {@code ./mvnw -Prun package}, or the one LANGSO_DB_URL names. */
    public static Connection connect() throws SQLException, IOException {
        String url = System.getenv("LANGSO_DB_URL");
        if (url != null && !url.isBlank()) {
            return DriverManager.getConnection(
                    url, System.getenv("LANGSO_DB_USER"), System.getenv("LANGSO_DB_PASSWORD"));
        }
        Path dataDir = Path.of(System.getenv().getOrDefault("LANGSO_DATA_DIR", "data"));
        if (!dataDir.isAbsolute() && !Files.exists(dataDir)) {
            dataDir = Path.of("..").resolve(dataDir); // run from the ear module
        }
        Properties credentials = new Properties();
        try (InputStream in = Files.newInputStream(dataDir.resolve("db-credentials.properties"))) {
            credentials.load(in);
        }
        String port = System.getenv().getOrDefault("LANGSO_EMBEDDED_DB_PORT", "3316");
        return DriverManager.getConnection(
                "jdbc:mysql://127.0.0.1:" + port + "/langso?useSSL=false&allowPublicKeyRetrieval=true",
                "langso",
                credentials.getProperty("langso.password"));
    }

    /** At least {@code count} learner accounts; answers their user names. */
    public static List<String> ensure(Connection connection, int count) throws SQLException {
        List<String> usernames = existing(connection);
        if (usernames.size() >= count) {
            return usernames.subList(0, count);
        }
        String hash = fastHash(PASSWORD);
        try (Statement query = connection.createStatement();
                ResultSet free = query.executeQuery("SELECT m.member_id FROM team_membership m"
                        + " LEFT JOIN account a ON a.member_id = m.member_id"
                        + " WHERE m.ended_on IS NULL AND a.id IS NULL ORDER BY m.member_id LIMIT "
                        + (count - usernames.size()));
                PreparedStatement account = connection.prepareStatement(
                        "INSERT INTO account (username, display_name, password_hash, created_at, member_id)"
                                + " VALUES (?, ?, ?, ?, ?)",
                        Statement.RETURN_GENERATED_KEYS);
                PreparedStatement role = connection.prepareStatement(
                        "INSERT INTO account_role (account_id, role) VALUES (?, 'MEMBER')")) {
            int next = usernames.size() + 1;
            while (free.next()) {
                String username = String.format("hocvien%04d", next++);
                account.setString(1, username);
                account.setString(2, "Học viên thử " + username);
                account.setString(3, hash);
                account.setTimestamp(4, Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC)));
                account.setLong(5, free.getLong(1));
                account.executeUpdate();
                try (ResultSet keys = account.getGeneratedKeys()) {
                    keys.next();
                    role.setLong(1, keys.getLong(1));
                    role.executeUpdate();
                }
                usernames.add(username);
            }
        }
        return usernames;
    }

    private static List<String> existing(Connection connection) throws SQLException {
        List<String> usernames = new ArrayList<>();
        try (Statement query = connection.createStatement();
                ResultSet rows = query.executeQuery(
                        "SELECT username FROM account WHERE username LIKE 'hocvien%' ORDER BY username")) {
            while (rows.next()) {
                usernames.add(rows.getString(1));
            }
        }
        return usernames;
    }

    /** A PBKDF2 hash of 1,000 iterations: the benchmarks measure their work, not sign-in. */
    public static String fastHash(String password) {
        byte[] salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        int iterations = 1_000;
        try {
            byte[] hash = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512")
                    .generateSecret(new PBEKeySpec(password.toCharArray(), salt, iterations, 512))
                    .getEncoded();
            Base64.Encoder base64 = Base64.getEncoder().withoutPadding();
            return "pbkdf2-sha512$" + iterations + "$" + base64.encodeToString(salt) + "$"
                    + base64.encodeToString(hash);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
