package vn.langso.sessions.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class IcsWriterTest {

    static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 5, 9, 0);

    @Test
    void vietnamTimesGoOutInUtcAndACancelledSessionSaysSo() {
        String ics = new IcsWriter("LangSo", NOW)
                .event(new IcsWriter.Event(
                        "session-7@langso",
                        LocalDateTime.of(2026, 12, 8, 19, 30),
                        LocalDateTime.of(2026, 12, 8, 21, 0),
                        "Cài VNeID",
                        "Nhà văn hoá ấp",
                        null,
                        true,
                        2))
                .finish();

        assertThat(ics)
                .startsWith("BEGIN:VCALENDAR\r\n")
                .endsWith("END:VCALENDAR\r\n")
                .contains("DTSTART:20261208T123000Z\r\n")
                .contains("DTEND:20261208T140000Z\r\n")
                .contains("DTSTAMP:20261205T020000Z\r\n")
                .contains("STATUS:CANCELLED\r\n")
                .contains("SEQUENCE:2\r\n");
    }

    @Test
    void textIsEscapedAndLongLinesFoldAt75BytesWithoutSplittingALetter() {
        String title = "Hướng dẫn thanh toán không dùng tiền mặt, ví điện tử; chuyển khoản \\ QR ".repeat(3);
        String ics = new IcsWriter("LangSo", NOW)
                .event(new IcsWriter.Event("u", NOW, NOW.plusHours(1), title, null, "dòng 1\ndòng 2", false, 0))
                .finish();

        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
        }
        String unfolded = ics.replace("\r\n ", "");
        assertThat(unfolded)
                .contains("SUMMARY:" + IcsWriter.text(title) + "\r\n")
                .contains("\\, ví điện tử\\; chuyển khoản \\\\ QR")
                .contains("DESCRIPTION:dòng 1\\ndòng 2\r\n");
    }
}
