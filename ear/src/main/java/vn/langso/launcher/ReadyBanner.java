package vn.langso.launcher;

import java.time.Duration;

/** What the person at the console sees once LangSo answers: where it is, where its data is, how to stop it. */
final class ReadyBanner {

    private static final String APPLICATION = "http://localhost:" + ServerProcess.HTTP_PORT + "/";

    private ReadyBanner() {}

    /** @param database the embedded database, or null when an external one is configured */
    static void print(LauncherSettings settings, EmbeddedDatabase database, Duration startup) {
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
                    + LauncherSettings.withoutPassword(settings.externalUrl().orElseThrow()));
        }
        System.out.println("Demo sign-ins are listed in README.md (LANGSO_DEMO=small); with LANGSO_DEMO=none the"
                + " first admin password is in the log above.");
        System.out.println("Press Ctrl-C to stop.");
        System.out.println(line);
        System.out.println();
    }
}
