package vn.langso.scheduling.control;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * A daily job's time of day from the configuration ({@code HH:mm}, Vietnam time) as a Quartz cron expression.
 * A value that is not a time stops the start with a clear message rather than running at a guessed hour.
 */
public final class DailyTime {

    private DailyTime() {}

    /** From the system property, else the environment variable, else the default. */
    public static String cron(String property, String variable, String fallback) {
        String value = Optional.ofNullable(System.getProperty(property))
                .or(() -> Optional.ofNullable(System.getenv(variable)))
                .filter(text -> !text.isBlank())
                .orElse(fallback);
        return cron(value, variable);
    }

    static String cron(String value, String variable) {
        try {
            LocalTime time = LocalTime.parse(value.trim(), DateTimeFormatter.ofPattern("H:mm"));
            return "0 " + time.getMinute() + " " + time.getHour() + " * * ?";
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(variable + " must be a time of day like 02:00, not " + value, e);
        }
    }
}
