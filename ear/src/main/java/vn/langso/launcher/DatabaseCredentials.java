package vn.langso.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Properties;
import java.util.Set;
import vn.langso.launcher.EmbeddedDatabase.StartFailedException;

/** The two generated passwords of the embedded database, kept in a file only the owner can read. */
record DatabaseCredentials(String rootPassword, String appPassword) {

    private static final String ROOT_KEY = "root.password";
    private static final String APP_KEY = "langso.password";
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    static DatabaseCredentials loadOrCreate(Path file) {
        try {
            if (Files.exists(file)) {
                return load(file);
            }
            DatabaseCredentials created = new DatabaseCredentials(randomPassword(), randomPassword());
            created.save(file);
            return created;
        } catch (IOException e) {
            throw new StartFailedException("Cannot read or write " + file + ": " + e, e);
        }
    }

    private static DatabaseCredentials load(Path file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(in);
        }
        String root = properties.getProperty(ROOT_KEY, "");
        String app = properties.getProperty(APP_KEY, "");
        if (root.isBlank() || app.isBlank()) {
            throw new StartFailedException(file + " lacks " + ROOT_KEY + " or " + APP_KEY + "; restore it or delete it"
                    + " together with the mariadb directory beside it.");
        }
        restrictToOwner(file);
        return new DatabaseCredentials(root, app);
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
        return "DatabaseCredentials[hidden]";
    }
}
