package vn.langso.courses.control;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;
import vn.langso.kernel.InvalidInputException;

/** The checks on what trainers type, made before anything is written, each naming the field at fault. */
public final class AuthoringChecks {

    public static final int TITLE_MAX = 200;
    public static final int SUMMARY_MAX = 2000;
    public static final int URL_MAX = 1000;
    public static final int MINUTES_MAX = 10_000;
    public static final Set<String> LANGUAGES = Set.of("vi", "en");

    private AuthoringChecks() {}

    public static String title(String value, String field) {
        String text = value == null ? "" : value.trim();
        if (text.isEmpty()) {
            throw new InvalidInputException(field, "authoring.check.required");
        }
        if (text.length() > TITLE_MAX) {
            throw new InvalidInputException(field, "authoring.check.tooLong", TITLE_MAX);
        }
        return text;
    }

    public static String summary(String value, String field) {
        String text = value == null ? "" : value.trim();
        if (text.length() > SUMMARY_MAX) {
            throw new InvalidInputException(field, "authoring.check.tooLong", SUMMARY_MAX);
        }
        return text.isEmpty() ? null : text;
    }

    public static Integer minutes(Integer value, String field) {
        if (value != null && (value < 1 || value > MINUTES_MAX)) {
            throw new InvalidInputException(field, "authoring.check.minutes", MINUTES_MAX);
        }
        return value;
    }

    public static String language(String value, String field) {
        if (value == null || !LANGUAGES.contains(value)) {
            throw new InvalidInputException(field, "authoring.check.language");
        }
        return value;
    }

    /** A web address (http or https with a host), or null when blank; anything else could run script or leak. */
    public static String webAddress(String value, String field) {
        String text = value == null ? "" : value.trim();
        if (text.isEmpty()) {
            return null;
        }
        if (text.length() > URL_MAX) {
            throw new InvalidInputException(field, "authoring.check.tooLong", URL_MAX);
        }
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return text;
            }
        } catch (URISyntaxException e) {
            // refused below, like any other address that is not a web page's
        }
        throw new InvalidInputException(field, "authoring.check.webAddress");
    }
}
