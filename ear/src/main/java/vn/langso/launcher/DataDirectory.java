package vn.langso.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import vn.langso.launcher.EmbeddedDatabase.StartFailedException;

/** Where everything of the embedded database lives under the data directory. */
record DataDirectory(Path dataDir) {

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

    void create() {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new StartFailedException("Cannot create the data directory " + dataDir + ": " + e, e);
        }
    }
}
