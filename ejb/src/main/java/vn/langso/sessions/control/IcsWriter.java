package vn.langso.sessions.control;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * An iCalendar (RFC 5545) document of sessions, as a phone's calendar subscribes to it. Times go out in UTC, so that
 * no calendar needs Vietnam's time zone definition; lines end in CRLF and are folded at 75 bytes without splitting a
 * UTF-8 character; text values are escaped.
 */
public final class IcsWriter {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");
    private static final int LINE_OCTETS = 75;

    /** One session as an event: uid stays the same however often the session is moved or cancelled. */
    public record Event(
            String uid,
            LocalDateTime start,
            LocalDateTime end,
            String summary,
            String location,
            String description,
            boolean cancelled,
            long sequence) {}

    private final StringBuilder out = new StringBuilder();
    private final LocalDateTime stamp;

    /** stamp: Vietnam's wall-clock time now (DTSTAMP of every event). */
    public IcsWriter(String calendarName, LocalDateTime stamp) {
        this.stamp = stamp;
        line("BEGIN:VCALENDAR");
        line("VERSION:2.0");
        line("PRODID:-//LangSo//Village sessions//VI");
        line("CALSCALE:GREGORIAN");
        line("METHOD:PUBLISH");
        line("X-WR-CALNAME:" + text(calendarName));
        line("X-WR-TIMEZONE:Asia/Ho_Chi_Minh");
    }

    public IcsWriter event(Event event) {
        line("BEGIN:VEVENT");
        line("UID:" + text(event.uid()));
        line("DTSTAMP:" + utc(stamp));
        line("DTSTART:" + utc(event.start()));
        line("DTEND:" + utc(event.end()));
        line("SEQUENCE:" + event.sequence());
        line("SUMMARY:" + text(event.summary()));
        if (event.location() != null) {
            line("LOCATION:" + text(event.location()));
        }
        if (event.description() != null) {
            line("DESCRIPTION:" + text(event.description()));
        }
        line("STATUS:" + (event.cancelled() ? "CANCELLED" : "CONFIRMED"));
        line("END:VEVENT");
        return this;
    }

    public String finish() {
        line("END:VCALENDAR");
        return out.toString();
    }

    private static String utc(LocalDateTime vietnamTime) {
        return UTC.format(vietnamTime.atZone(VIETNAM).withZoneSameInstant(ZoneOffset.UTC));
    }

    /** RFC 5545 3.3.11: backslash, semicolon, comma and line breaks escaped. */
    static String text(String value) {
        return value.replace("\\", "\\\\")
                .replace(";", "\\;")
                .replace(",", "\\,")
                .replace("\r\n", "\\n")
                .replace("\n", "\\n")
                .replace("\r", "\\n");
    }

    /** RFC 5545 3.1: content lines longer than 75 octets continue on lines that start with a space. */
    private void line(String content) {
        int octets = 0;
        int limit = LINE_OCTETS;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 0;
                limit = LINE_OCTETS - 1;
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append("\r\n");
    }
}
