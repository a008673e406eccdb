package vn.langso.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

/** The provisioned WildFly as a child process, with LangSo deployed and the database's settings in its environment. */
final class ServerProcess {

    static final int HTTP_PORT = 8080;
    static final int MANAGEMENT_PORT = 9990;
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);

    private final Process process;

    private ServerProcess(Process process) {
        this.process = process;
    }

    /**
     * Copies the EAR into the server, then starts it.
     *
     * @param database the embedded database, or null when an external one is configured
     */
    static ServerProcess start(LauncherSettings settings, Path script, EmbeddedDatabase database) throws IOException {
        deployApplication(settings);
        return new ServerProcess(processBuilder(settings, script, database).start());
    }

    /** The server is provisioned without LangSo; its deployment scanner picks up the EAR of this build. */
    private static void deployApplication(LauncherSettings settings) throws IOException {
        Path ear = settings.root().resolve(System.getProperty("langso.ear", "ear/target/langso.ear"));
        Path deployments = settings.serverDir().resolve("standalone/deployments");
        Files.createDirectories(deployments);
        Files.copy(ear, deployments.resolve("langso.ear"), StandardCopyOption.REPLACE_EXISTING);
    }

    private static ProcessBuilder processBuilder(LauncherSettings settings, Path script, EmbeddedDatabase database) {
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

    boolean isAlive() {
        return process.isAlive();
    }

    int exitValue() {
        return process.exitValue();
    }

    /** Waits through interrupts, unless a stop was requested: then it returns 0 at once. */
    int waitForExit(BooleanSupplier stopRequested) {
        while (true) {
            try {
                return process.waitFor();
            } catch (InterruptedException e) {
                if (stopRequested.getAsBoolean()) {
                    return 0;
                }
            }
        }
    }

    /** SIGTERM to the script, which relays it; then waits for the whole process tree, killing what outlives it. */
    void stop() {
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
}
