package vn.langso.kernel;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * Calendar days where the teams are: the injected clock is UTC, but "today", "overdue" and "due yesterday" mean
 * Vietnamese days, so that between 00:00 and 07:00 there every part of the application agrees on the date.
 */
public final class LocalDates {

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private LocalDates() {}

    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(VIETNAM));
    }

    /** Vietnam's wall-clock time, the time a visit or a session is written in. */
    public static LocalDateTime nowInVietnam(Clock clock) {
        return LocalDateTime.now(clock.withZone(VIETNAM));
    }
}
