package vn.langso.web.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Stored times are UTC; people read them in Vietnam's time ({@code #{vietnamTimes.format(run.startedAt)}}), as the
 * day they see on their calendar.
 */
@Named
@ApplicationScoped
public class VietnamTimes {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    public String format(LocalDateTime utc) {
        return utc == null ? "" : TIME.format(utc.atOffset(ZoneOffset.UTC).atZoneSameInstant(VIETNAM));
    }

    public String day(LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }
}
