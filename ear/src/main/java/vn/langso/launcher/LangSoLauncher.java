package vn.langso.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import vn.langso.launcher.HealthProbe.Readiness;

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

    private final LauncherSettings settings;
    private final Object lifecycle = new Object();
    private volatile boolean stopRequested;
    private boolean stopped;
    private EmbeddedDatabase database;
    private ServerProcess server;

    private LangSoLauncher(LauncherSettings settings) {
        this.settings = settings;
    }

    public static void main(String[] args) {
        LauncherSettings settings;
        try {
            settings = LauncherSettings.from(System.getenv(), System.getProperties());
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
        Optional<String> unmet = unmetPrerequisite(script);
        if (unmet.isPresent()) {
            return fail(unmet.get());
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
                server = ServerProcess.start(settings, script, database);
            } catch (IOException e) {
                stopAll();
                return fail("cannot run " + script + ": " + e.getMessage());
            }
        }

        Readiness readiness = HealthProbe.awaitReady(server, () -> stopRequested);
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
            ReadyBanner.print(settings, database, Duration.ofNanos(System.nanoTime() - startedAt));
        } else {
            System.err.println("LangSo did not answer at " + HealthProbe.HEALTH + " within "
                    + HealthProbe.READY_TIMEOUT.toMinutes()
                    + " minutes; look for ERROR lines in the server log above. The server keeps"
                    + " running; Ctrl-C stops it.");
        }

        int code = server.waitForExit(() -> stopRequested);
        if (stopRequested) {
            return 0;
        }
        System.out.println("The server exited (exit code " + code + ").");
        stopAll();
        return code;
    }

    /** The reason, for the console, why LangSo cannot start here; checked before anything is started. */
    private Optional<String> unmetPrerequisite(Path script) {
        if (!Files.isRegularFile(script)) {
            return Optional.of("the server is not built yet: "
                    + script
                    + " does not exist.\nBuild and start with: ./mvnw -Prun package (in "
                    + settings.root()
                    + "), then start LangSo again.");
        }
        for (int port : new int[] {ServerProcess.HTTP_PORT, ServerProcess.MANAGEMENT_PORT}) {
            if (!EmbeddedDatabase.isPortFree(port)) {
                return Optional.of("port "
                        + port
                        + " is already in use. Is LangSo (or another server) already"
                        + " running? Stop it and start LangSo again.");
            }
        }
        if (settings.embedded() && !EmbeddedDatabase.isPortFree(settings.embeddedPort())) {
            return Optional.of("port "
                    + settings.embeddedPort()
                    + " for the embedded database is already in use. Stop the program that"
                    + " uses it, or set LANGSO_EMBEDDED_DB_PORT to a free port.");
        }
        return Optional.empty();
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
            if (server != null) {
                server.stop();
            }
            if (database != null) {
                database.close();
            }
            System.out.println("LangSo stopped.");
        }
    }

    private static int fail(String message) {
        System.err.println("LangSo cannot start: " + message);
        return 1;
    }
}
