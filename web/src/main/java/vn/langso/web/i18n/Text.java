package vn.langso.web.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.ResourceBundle;

/**
 * All page texts of one language, gathered from one properties file per area of the application
 * ({@code messages_vi.properties}, {@code org_vi.properties}, ...), so that each area keeps its own texts.
 * Vietnamese is the default: {@code Text} itself; {@code Text_en} is English.
 */
public class Text extends ResourceBundle {

    /** The areas, each with a file {@code <area>_vi.properties} and {@code <area>_en.properties} beside this class. */
    static final List<String> AREAS = List.of(
            "messages",
            "org",
            "accounts",
            "imports",
            "authoring",
            "files",
            "learning",
            "reports",
            "quizzes",
            "attempts",
            "certification",
            "certreports",
            "jobs",
            "notifications",
            "visits",
            "field",
            "sessions",
            "coverage");

    private final Map<String, String> texts;

    public Text() {
        this("vi");
    }

    protected Text(String language) {
        Map<String, String> all = new HashMap<>();
        for (String area : AREAS) {
            load(area + "_" + language + ".properties").forEach((key, value) -> {
                if (all.put((String) key, (String) value) != null) {
                    throw new IllegalStateException("The text " + key + " is defined twice (" + area + ")");
                }
            });
        }
        this.texts = Map.copyOf(all);
    }

    public static ResourceBundle forLocale(Locale locale) {
        return ResourceBundle.getBundle(Text.class.getName(), locale, Text.class.getClassLoader());
    }

    @Override
    protected Object handleGetObject(String key) {
        return texts.get(key);
    }

    @Override
    public Enumeration<String> getKeys() {
        return Collections.enumeration(texts.keySet());
    }

    private static Properties load(String file) {
        Properties properties = new Properties();
        try (InputStream in = Text.class.getResourceAsStream(file)) {
            if (in != null) {
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
