package vn.langso.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LocalDatesTest {

    @Test
    void lateEveningInUtcIsAlreadyTomorrowInVietnam() {
        Clock utc = Clock.fixed(Instant.parse("2026-03-14T23:30:00Z"), ZoneOffset.UTC);

        assertThat(LocalDates.today(utc)).isEqualTo(LocalDate.of(2026, 3, 15));
    }

    @Test
    void afternoonInUtcIsTheSameDayInVietnam() {
        Clock utc = Clock.fixed(Instant.parse("2026-03-14T16:59:00Z"), ZoneOffset.UTC);

        assertThat(LocalDates.today(utc)).isEqualTo(LocalDate.of(2026, 3, 14));
    }
}
