package vn.langso.launcher;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * The launcher's configuration, resolved from the environment and system properties (see {@link LangSoLauncher}).
 *
 * @param externalUrl empty when the embedded database is used
 */
record LauncherSettings(
        Path root,
        Path dataDir,
        Path serverDir,
        DatabaseKind kind,
        Optional<String> externalUrl,
        Optional<String> externalUser,
        Optional<String> externalPassword,
        int embeddedPort) {

    static final int DEFAULT_EMBEDDED_PORT = 3316;

    private static final Pattern PASSWORD_PARAMETER = Pattern.compile("(?i)(password[0-9]?=)[^&;,)]*");
    private static final Pattern USER_INFO_PASSWORD = Pattern.compile("(//[^/@:]*):[^/@]*@");

    static LauncherSettings from(Map<String, String> env, Properties system) {
        Path root =
                Path.of(system.getProperty("langso.root", "")).toAbsolutePath().normalize();
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
                .map(LauncherSettings::parsePort)
                .orElse(DEFAULT_EMBEDDED_PORT);
        return new LauncherSettings(
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

    /** The URL as it may be shown: any password in it replaced by {@code ***}. */
    static String withoutPassword(String jdbcUrl) {
        String masked = PASSWORD_PARAMETER.matcher(jdbcUrl).replaceAll("$1***");
        return USER_INFO_PASSWORD.matcher(masked).replaceAll("$1:***@");
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
