package vn.langso.coverage.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.langso.coverage.control.CounterSums.Span;

class CounterSumsTest {

    @Test
    void aPeriodIsReadAsWholeYearsThenWholeMonthsThenTheDaysAtItsEnds() {
        assertThat(CounterSums.within(LocalDate.of(2024, 3, 10), LocalDate.of(2026, 2, 14)))
                .containsExactlyInAnyOrder(
                        new Span('Y', LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 1)),
                        new Span('M', LocalDate.of(2024, 4, 1), LocalDate.of(2025, 1, 1)),
                        new Span('D', LocalDate.of(2024, 3, 10), LocalDate.of(2024, 4, 1)),
                        new Span('M', LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 1)),
                        new Span('D', LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 15)));
    }

    @Test
    void aWeekInsideAMonthIsItsDaysAndAWholeQuarterItsMonths() {
        assertThat(CounterSums.within(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 8)))
                .containsExactly(new Span('D', LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 9)));
        assertThat(CounterSums.within(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30)))
                .containsExactly(new Span('M', LocalDate.of(2026, 7, 1), LocalDate.of(2026, 10, 1)));
    }

    @Test
    void whatCameAfterADayIsTheRestOfItsMonthByDayOfItsYearByMonthAndLaterYears() {
        assertThat(CounterSums.after(LocalDate.of(2026, 5, 20)))
                .containsExactly(
                        new Span('D', LocalDate.of(2026, 5, 21), LocalDate.of(2026, 6, 1)),
                        new Span('M', LocalDate.of(2026, 6, 1), LocalDate.of(2027, 1, 1)),
                        new Span('Y', LocalDate.of(2027, 1, 1), LocalDate.of(9999, 1, 1)));
    }
}
