package vn.langso.launcher;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.langso.launcher.EmbeddedDatabase.StartFailedException;

/**
 * The accounts of the embedded server: {@code root} with the generated password, reachable only from this machine,
 * and the application's user {@code langso}, with all privileges on the databases created for it.
 */
final class DatabaseAccounts {

    static final String APP_DATABASE = "langso";
    static final String APP_USER = "langso";

    // One logger name for everything the embedded database reports.
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabase.class);

    private static final Pattern DATABASE_NAME = Pattern.compile("[A-Za-z0-9_]{1,64}");
    private static final Pattern IP_ADDRESS = Pattern.compile("[0-9.]+|[0-9A-Fa-f:]*:[0-9A-Fa-f:.]*");
    private static final int ACCESS_DENIED = 1045;

    // Instantiated directly: DriverManager does not see drivers of a class loader such as
    // exec:java's, which is not the system class loader.
    private static final Driver DRIVER = newDriver();

    private final DataDirectory layout;
    private final DatabaseCredentials credentials;
    private final String serverUrl;

    /** @param serverUrl the server's JDBC URL without a database, for root's connections */
    DatabaseAccounts(DataDirectory layout, DatabaseCredentials credentials, String serverUrl) {
        this.layout = layout;
        this.credentials = credentials;
        this.serverUrl = serverUrl;
    }

    /**
     * Idempotent, so that a first start interrupted half way is completed by the next one. A fresh
     * install lets root in over TCP without a password; that is closed here before anything else.
     */
    void provision(boolean freshInstall) {
        try (Connection root = connectAsRootAfter(freshInstall);
                Statement sql = root.createStatement()) {
            String password = quoted(credentials.appPassword());
            sql.execute("CREATE USER IF NOT EXISTS " + appAccount("%") + " IDENTIFIED BY " + password);
            sql.execute("CREATE USER IF NOT EXISTS " + appAccount("localhost") + " IDENTIFIED BY " + password);
            sql.execute("ALTER USER " + appAccount("%") + " IDENTIFIED BY " + password);
            sql.execute("ALTER USER " + appAccount("localhost") + " IDENTIFIED BY " + password);
            createDatabaseFor(sql, APP_DATABASE);
        } catch (SQLException e) {
            throw new StartFailedException("Cannot set up the accounts of the embedded database: " + e.getMessage(), e);
        }
    }

    /** Creates a database (if missing) that the application user may use fully. */
    void createDatabase(String name) {
        if (!DATABASE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a plain database name: " + name);
        }
        try (Connection root = connectAsRoot(credentials.rootPassword());
                Statement sql = root.createStatement()) {
            createDatabaseFor(sql, name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create database " + name + ": " + e.getMessage(), e);
        }
    }

    /**
     * Root has no password right after an install, and still none if an earlier first start stopped
     * before {@link #secureRoot} ran.
     */
    private Connection connectAsRootAfter(boolean freshInstall) throws SQLException {
        if (!freshInstall) {
            try {
                return connectAsRoot(credentials.rootPassword());
            } catch (SQLException withPassword) {
                if (withPassword.getErrorCode() != ACCESS_DENIED) {
                    throw withPassword;
                }
            }
        }
        Connection root;
        try {
            root = connectAsRoot("");
        } catch (SQLException withoutPassword) {
            if (freshInstall || withoutPassword.getErrorCode() != ACCESS_DENIED) {
                throw withoutPassword;
            }
            throw new StartFailedException("The root password in "
                    + layout.credentialsFile()
                    + " does not open the embedded database in "
                    + layout.mariadbDir()
                    + ". Restore the file that belongs to that database, or delete that"
                    + " directory to start with an empty database (its data is lost).");
        }
        try {
            secureRoot(root);
        } catch (SQLException e) {
            root.close();
            throw e;
        }
        return root;
    }

    private void secureRoot(Connection root) throws SQLException {
        List<String> hosts = new ArrayList<>();
        try (Statement sql = root.createStatement();
                ResultSet rows = sql.executeQuery("SELECT Host FROM mysql.user WHERE User = 'root'")) {
            while (rows.next()) {
                hosts.add(rows.getString(1));
            }
        }
        try (Statement sql = root.createStatement()) {
            for (String host : hosts) {
                if (host.equals("localhost") || IP_ADDRESS.matcher(host).matches()) {
                    sql.execute("ALTER USER 'root'@" + quoted(host) + " IDENTIFIED BY "
                            + quoted(credentials.rootPassword()));
                } else {
                    // root@<hostname>: ignored under --skip-name-resolve, so ALTER USER cannot reach
                    // it; removed rather than left without a password.
                    sql.execute("DELETE FROM mysql.global_priv WHERE User = 'root' AND Host = " + quoted(host));
                    sql.execute("DELETE FROM mysql.proxies_priv WHERE User = 'root' AND Host = " + quoted(host));
                }
            }
            sql.execute("FLUSH PRIVILEGES");
        }
        LOG.info("Embedded MariaDB: root secured (accounts found for hosts {})", hosts);
    }

    private static void createDatabaseFor(Statement sql, String name) throws SQLException {
        sql.execute("CREATE DATABASE IF NOT EXISTS `" + name + "` CHARACTER SET " + MariaDbServer.CHARSET + " COLLATE "
                + MariaDbServer.COLLATION);
        sql.execute("GRANT ALL PRIVILEGES ON `" + name + "`.* TO " + appAccount("%") + ", " + appAccount("localhost"));
    }

    private Connection connectAsRoot(String password) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", "root");
        properties.setProperty("password", password);
        return DRIVER.connect(serverUrl, properties);
    }

    private static String appAccount(String host) {
        return quoted(APP_USER) + "@" + quoted(host);
    }

    private static String quoted(String value) {
        return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    private static Driver newDriver() {
        try {
            return new com.mysql.cj.jdbc.Driver();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
