package vn.langso.web.accounts;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** When a lock ends, on the clocks of the people who read it: times are stored in UTC. */
final class LockTimes {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    private LockTimes() {}

    static String format(LocalDateTime utc) {
        return utc == null
                ? null
                : utc.atOffset(ZoneOffset.UTC).atZoneSameInstant(VIETNAM).format(FORMAT);
    }
}
