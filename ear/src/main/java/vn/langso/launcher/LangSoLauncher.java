package vn.langso.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

/**
 * Starts LangSo on one machine: the embedded MariaDB (unless an external database is configured),
 * then the provisioned WildFly as a child process; stops both, server first, on Ctrl-C.
 *
 * <p>Environment variables:
 *
 * <ul>
 *   <li>{@code LANGSO_DATA_DIR} where the embedded database and uploaded files live; relative paths
 *       are resolved against the checkout root. Default {@code data} under the checkout root.
 *   <li>{@code LANGSO_DB_URL} JDBC URL ({@code jdbc:mysql://...}) of an external MySQL or MariaDB
 *       database. When set, no embedded database is started.
 *   <li>{@code LANGSO_DB_USER}, {@code LANGSO_DB_PASSWORD} the external database's credentials.
 *   <li>{@code LANGSO_DB_KIND} {@code mariadb} or {@code mysql}: picks the Hibernate dialect. Default
 *       {@code mariadb} for the embedded database, {@code mysql} for an external one.
 *   <li>{@code LANGSO_EMBEDDED_DB_PORT} TCP port of the embedded database on 127.0.0.1. Default 3316.
 *   <li>{@code LANGSO_DEMO}, {@code LANGSO_MAIL_*} passed through to the server unchanged.
 * </ul>
 *
 * <p>System properties: {@code langso.root} the checkout root (default: the current directory);
 * {@code langso.server.dir} the provisioned server (default {@code ear/target/server} under the
 * root).
 *
 * <p>The server receives {@code LANGSO_DB_URL}, {@code LANGSO_DB_USER}, {@code LANGSO_DB_PASSWORD},
 * {@code LANGSO_DB_KIND} and an absolute {@code LANGSO_DATA_DIR} in its environment, and the
 * system property {@code langso.db.dialect}.
 */
public final class LangSoLauncher {

    static final int HTTP_PORT = 8080;
    static final int MANAGEMENT_PORT = 9990;
    private static final URI HEALTH = URI.create("http://localhost:" + HTTP_PORT + "/api/v1/health");
    private static final String APPLICATION = "http://localhost:" + HTTP_PORT + "/";
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(5);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);

    /** The database product, which decides the Hibernate dialect. */
    enum DatabaseKind {
        MARIADB("org.hibernate.dialect.MariaDBDialect"),
        MYSQL("org.hibernate.dialect.MySQLDialect");

        private final String dialect;

        DatabaseKind(String dialect) {
            this.dialect = dialect;
        }

        String dialect() {
            return dialect;
        }

        String envValue() {
            return name().toLowerCase(Locale.ROOT);
        }

        static DatabaseKind parse(String value) {
            for (DatabaseKind kind : values()) {
                if (kind.envValue().equalsIgnoreCase(value.trim())) {
                    return kind;
                }
            }
            throw new IllegalArgumentException("LANGSO_DB_KIND must be mariadb or mysql, not '" + value + "'.");
        }
    }

    /**
     * The launcher's configuration, resolved from the environment and system properties.
     *
     * @param externalUrl empty when the embedded database is used
     */
    record Settings(
            Path root,
            Path dataDir,
            Path serverDir,
            DatabaseKind kind,
            Optional<String> externalUrl,
            Optional<String> externalUser,
            Optional<String> externalPassword,
            int embeddedPort) {

        static final int DEFAULT_EMBEDDED_PORT = 3316;

        static Settings from(Map<String, String> env, Properties system) {
            Path root = Path.of(system.getProperty("langso.root", ""))
                    .toAbsolutePath()
                    .normalize();
            Path dataDir =
                    root.resolve(value(env, "LANGSO_DATA_DIR").orElse("data")).normalize();
            Path serverDir = root.resolve(system.getProperty("langso.server.dir", "ear/target/server"))
                    .normalize();
            Optional<String> url = value(env, "LANGSO_DB_URL");
            if (url.isPresent() && !url.get().startsWith("jdbc:mysql:")) {
                throw new IllegalArgumentException("LANGSO_DB_URL must be a MySQL Connector/J URL such as"
                        + " jdbc:mysql://db.example.org:3306/langso, not '"
                        + withoutPassword(url.get())
                        + "'.");
            }
            DatabaseKind defaultKind = url.isPresent() ? DatabaseKind.MYSQL : DatabaseKind.MARIADB;
            DatabaseKind kind =
                    value(env, "LANGSO_DB_KIND").map(DatabaseKind::parse).orElse(defaultKind);
            if (url.isEmpty() && kind != DatabaseKind.MARIADB) {
                throw new IllegalArgumentException("LANGSO_DB_KIND=" + kind.envValue()
                        + " needs LANGSO_DB_URL: the embedded" + " database is MariaDB.");
            }
            int port = value(env, "LANGSO_EMBEDDED_DB_PORT")
                    .map(Settings::parsePort)
                    .orElse(DEFAULT_EMBEDDED_PORT);
            return new Settings(
                    root,
                    dataDir,
                    serverDir,
                    kind,
                    url,
                    value(env, "LANGSO_DB_USER"),
                    value(env, "LANGSO_DB_PASSWORD"),
                    port);
        }

        boolean embedded() {
            return externalUrl.isEmpty();
        }

        private static Optional<String> value(Map<String, String> env, String name) {
            return Optional.ofNullable(env.get(name)).map(String::trim).filter(v -> !v.isEmpty());
        }

        private static int parsePort(String value) {
            try {
                int port = Integer.parseInt(value);
                if (port >= 1 && port <= 65535) {
                    return port;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new IllegalArgumentException(
                    "LANGSO_EMBEDDED_DB_PORT must be a port number (1-65535), not '" + value + "'.");
        }
    }

    private static final Pattern PASSWORD_PARAMETER = Pattern.compile("(?i)(password[0-9]?=)[^&;,)]*");
    private static final Pattern USER_INFO_PASSWORD = Pattern.compile("(//[^/@:]*):[^/@]*@");

    /** The URL as it may be shown: any password in it replaced by {@code ***}. */
    static String withoutPassword(String jdbcUrl) {
        String masked = PASSWORD_PARAMETER.matcher(jdbcUrl).replaceAll("$1***");
        return USER_INFO_PASSWORD.matcher(masked).replaceAll("$1:***@");
    }

    private final Settings settings;
    private final Object lifecycle = new Object();
    private volatile boolean stopRequested;
    private boolean stopped;
    private EmbeddedDatabase database;
    private Process server;

    private LangSoLauncher(Settings settings) {
        this.settings = settings;
    }

    public static void main(String[] args) {
        Settings settings;
        try {
            settings = Settings.from(System.getenv(), System.getProperties());
        } catch (IllegalArgumentException e) {
            System.exit(fail(e.getMessage()));
            return;
        }
        int exitCode = new LangSoLauncher(settings).run();
        if (exitCode != 0) {
            System.exit(exitCode);
        }
    }

    private int run() {
        Path script = settings.serverDir().resolve("bin/standalone.sh");
        if (!Files.isRegularFile(script)) {
            return fail("the server is not built yet: "
                    + script
                    + " does not exist.\nBuild and start with: ./mvnw -Prun package (in "
                    + settings.root()
                    + "), then start LangSo again.");
        }
        for (int port : new int[] {HTTP_PORT, MANAGEMENT_PORT}) {
            if (!EmbeddedDatabase.isPortFree(port)) {
                return fail("port "
                        + port
                        + " is already in use. Is LangSo (or another server) already"
                        + " running? Stop it and start LangSo again.");
            }
        }
        if (settings.embedded() && !EmbeddedDatabase.isPortFree(settings.embeddedPort())) {
            return fail("port "
                    + settings.embeddedPort()
                    + " for the embedded database is already in use. Stop the program that"
                    + " uses it, or set LANGSO_EMBEDDED_DB_PORT to a free port.");
        }
        long startedAt = System.nanoTime();
        Runtime.getRuntime().addShutdownHook(new Thread(this::stopAll, "langso-stop"));
        // Held until the server process exists, so that Ctrl-C meanwhile waits and then stops
        // whatever was started instead of leaving a database behind.
        synchronized (lifecycle) {
            if (stopRequested) {
                return 0;
            }
            try {
                Files.createDirectories(settings.dataDir());
            } catch (IOException e) {
                return fail("cannot create the data directory " + settings.dataDir() + ": " + e);
            }
            if (settings.embedded()) {
                System.out.println("Starting the embedded database (data in " + settings.dataDir() + ")");
                try {
                    database = EmbeddedDatabase.start(settings.dataDir(), settings.embeddedPort());
                } catch (EmbeddedDatabase.StartFailedException e) {
                    return fail("the embedded database did not start: " + e.getMessage());
                }
            }
            if (stopRequested) {
                return 0;
            }
            System.out.println("Starting the server from " + settings.serverDir());
            try {
                deployApplication();
                server = serverProcess(script).start();
            } catch (IOException e) {
                stopAll();
                return fail("cannot run " + script + ": " + e.getMessage());
            }
        }

        Readiness readiness = awaitReady();
        if (readiness == Readiness.STOPPING) {
            return 0;
        }
        if (readiness == Readiness.SERVER_EXITED) {
            int code = server.exitValue();
            System.err.println(
                    "The server stopped before LangSo was ready (exit code " + code + "); see its log above.");
            stopAll();
            return code == 0 ? 1 : code;
        }
        if (readiness == Readiness.READY) {
            printBanner(Duration.ofNanos(System.nanoTime() - startedAt));
        } else {
            System.err.println("LangSo did not answer at " + HEALTH + " within " + READY_TIMEOUT.toMinutes()
                    + " minutes; look for ERROR lines in the server log above. The server keeps"
                    + " running; Ctrl-C stops it.");
        }

        int code = waitForServerExit();
        if (stopRequested) {
            return 0;
        }
        System.out.println("The server exited (exit code " + code + ").");
        stopAll();
        return code;
    }

    /** The server is provisioned without LangSo; its deployment scanner picks up the EAR of this build. */
    private void deployApplication() throws IOException {
        Path ear = settings.root().resolve(System.getProperty("langso.ear", "ear/target/langso.ear"));
        Path deployments = settings.serverDir().resolve("standalone/deployments");
        Files.createDirectories(deployments);
        Files.copy(ear, deployments.resolve("langso.ear"), StandardCopyOption.REPLACE_EXISTING);
    }

    private ProcessBuilder serverProcess(Path script) {
        List<String> command = new ArrayList<>();
        command.add(script.toString());
        // standalone.sh passes -D arguments to the server; JAVA_OPTS is left to standalone.conf.
        command.add("-Dlangso.db.dialect=" + settings.kind().dialect());
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.directory(settings.serverDir().toFile());
        builder.inheritIO();
        Map<String, String> env = builder.environment();
        // In the background mode standalone.sh relays SIGTERM to the server's JVM and waits for it;
        // in the foreground mode SIGTERM would end the script and orphan the server.
        env.put("LAUNCH_JBOSS_IN_BACKGROUND", "true");
        env.put("LANGSO_DATA_DIR", settings.dataDir().toString());
        env.put("LANGSO_DB_KIND", settings.kind().envValue());
        if (database != null) {
            env.put("LANGSO_DB_URL", database.jdbcUrl());
            env.put("LANGSO_DB_USER", database.user());
            env.put("LANGSO_DB_PASSWORD", database.password());
        } else {
            env.put("LANGSO_DB_URL", settings.externalUrl().orElseThrow());
            settings.externalUser().ifPresent(user -> env.put("LANGSO_DB_USER", user));
            settings.externalPassword().ifPresent(password -> env.put("LANGSO_DB_PASSWORD", password));
        }
        return builder;
    }

    private enum Readiness {
        READY,
        SERVER_EXITED,
        STOPPING,
        TIMED_OUT
    }

    private Readiness awaitReady() {
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request = HttpRequest.newBuilder(HEALTH)
                .timeout(Duration.ofSeconds(5))
                .GET()
                .build();
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (stopRequested) {
                return Readiness.STOPPING;
            }
            if (!server.isAlive()) {
                return stopRequested ? Readiness.STOPPING : Readiness.SERVER_EXITED;
            }
            if (answersOk(client, request)) {
                return Readiness.READY;
            }
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Readiness.STOPPING;
            }
        }
        return Readiness.TIMED_OUT;
    }

    private static boolean answersOk(HttpClient client, HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private int waitForServerExit() {
        while (true) {
            try {
                return server.waitFor();
            } catch (InterruptedException e) {
                if (stopRequested) {
                    return 0;
                }
            }
        }
    }

    private void printBanner(Duration startup) {
        String line = "=".repeat(78);
        System.out.println();
        System.out.println(line);
        System.out.println("LangSo is ready at " + APPLICATION + "  (started in " + startup.toSeconds() + " s)");
        System.out.println("Data directory: " + settings.dataDir());
        if (database != null) {
            System.out.println("Database: embedded MariaDB on 127.0.0.1:" + database.port() + " (database langso,"
                    + " user langso, passwords in "
                    + settings.dataDir().resolve("db-credentials.properties")
                    + ")");
        } else {
            System.out.println("Database: external " + settings.kind().envValue() + " at "
                    + withoutPassword(settings.externalUrl().orElseThrow()));
        }
        System.out.println("Demo sign-ins are listed in README.md (LANGSO_DEMO=small); with LANGSO_DEMO=none the"
                + " first admin password is in the log above.");
        System.out.println("Press Ctrl-C to stop.");
        System.out.println(line);
        System.out.println();
    }

    /** Server first, so that it can finish its work against the database; then the database. */
    private void stopAll() {
        stopRequested = true;
        synchronized (lifecycle) {
            if (stopped) {
                return;
            }
            stopped = true;
            if (server == null && database == null) {
                return;
            }
            stopServer();
            if (database != null) {
                database.close();
            }
            System.out.println("LangSo stopped.");
        }
    }

    private void stopServer() {
        Process process = server;
        if (process == null) {
            return;
        }
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
        tree.add(process.toHandle());
        if (process.isAlive()) {
            System.out.println("Stopping the server...");
            process.destroy();
        }
        long deadline = System.nanoTime() + STOP_TIMEOUT.toNanos();
        for (ProcessHandle handle : tree) {
            long remaining = Math.max(0, deadline - System.nanoTime());
            try {
                handle.onExit().get(remaining, TimeUnit.NANOSECONDS);
            } catch (TimeoutException | ExecutionException e) {
                // killed below
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        for (ProcessHandle handle : tree) {
            if (handle.isAlive()) {
                System.err.println("The server did not stop within " + STOP_TIMEOUT.toSeconds() + " s; killing process "
                        + handle.pid());
                handle.destroyForcibly();
            }
        }
    }

    private static int fail(String message) {
        System.err.println("LangSo cannot start: " + message);
        return 1;
    }
}
