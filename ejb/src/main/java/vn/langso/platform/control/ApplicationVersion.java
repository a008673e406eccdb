package vn.langso.platform.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version the build stamped into the application. */
public final class ApplicationVersion {

    private static final String VERSION = read();

    private ApplicationVersion() {}

    public static String current() {
        return VERSION;
    }

    private static String read() {
        try (InputStream in = ApplicationVersion.class.getResourceAsStream("/langso-version.properties")) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
