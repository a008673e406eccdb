package vn.langso.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import vn.langso.launcher.EmbeddedDatabase;

/**
 * Starts a fresh embedded database once for the whole integration-test run, before Arquillian starts WildFly,
 * and hands its address to arquillian.xml through system properties.
 */
public class TestDatabaseSession implements LauncherSessionListener {

    private EmbeddedDatabase database;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (!Boolean.getBoolean("langso.it")) {
            return;
        }
        removeLauncherDeployment(Path.of(System.getProperty("jboss.home")));
        Path dataDir = Path.of(System.getProperty("langso.it.dataDir"));
        deleteRecursively(dataDir.resolve("mariadb"));
        deleteRecursively(dataDir.resolve("db-credentials.properties"));
        database = EmbeddedDatabase.start(dataDir, 0);
        // Arquillian pastes these into arquillian.xml as text before parsing it: the URL's '&' must be escaped.
        System.setProperty("langso.db.url", database.jdbcUrl().replace("&", "&amp;"));
        System.setProperty("langso.db.user", database.user());
        System.setProperty("langso.db.password", database.password());
        TestDatabase.use(database);
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (database != null) {
            database.close();
        }
    }

    /** The run command leaves LangSo in the scanned deployments folder; the tests deploy their own copy. */
    private static void removeLauncherDeployment(Path server) {
        try (Stream<Path> leftovers = Files.list(server.resolve("standalone/deployments"))) {
            leftovers
                    .filter(p -> p.getFileName().toString().startsWith("langso.ear"))
                    .forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(path)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
