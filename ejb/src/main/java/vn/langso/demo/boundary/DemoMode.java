package vn.langso.demo.boundary;

import java.util.Locale;
import java.util.Optional;

/** How much demo data an empty database gets, from {@code LANGSO_DEMO} (or the system property langso.demo). */
public enum DemoMode {
    NONE,
    SMALL,
    PROVINCE;

    public static DemoMode configured() {
        String value = Optional.ofNullable(System.getProperty("langso.demo"))
                .or(() -> Optional.ofNullable(System.getenv("LANGSO_DEMO")))
                .orElse("small");
        return valueOf(value.trim().toUpperCase(Locale.ROOT));
    }
}
