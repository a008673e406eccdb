package vn.langso.sessions.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.langso.kernel.InvalidInputException;
import vn.langso.sessions.control.RecurrencePlan.Repeat;

class RecurrenceTest {

    static final LocalDateTime FROM = LocalDateTime.of(2026, 1, 1, 0, 0);
    static final LocalDateTime TO = LocalDateTime.of(2028, 1, 1, 0, 0);

    @Test
    void weeklyOnTwoDaysUntilADateKeepsTheTimeOfDayAcrossAMonthEnd() {
        LocalDateTime first = LocalDateTime.of(2026, 1, 27, 19, 30); // a Tuesday
        String rule = new RecurrencePlan(
                        Repeat.WEEKLY, 1, Set.of(DayOfWeek.THURSDAY, DayOfWeek.TUESDAY), LocalDate.of(2026, 2, 5), null)
                .rrule(first);

        assertThat(rule).isEqualTo("FREQ=WEEKLY;INTERVAL=1;BYDAY=TU,TH;UNTIL=20260205T235959");
        assertThat(Recurrence.startsBetween(first, rule, FROM, TO))
                .containsExactly(
                        LocalDateTime.of(2026, 1, 27, 19, 30),
                        LocalDateTime.of(2026, 1, 29, 19, 30),
                        LocalDateTime.of(2026, 2, 3, 19, 30),
                        LocalDateTime.of(2026, 2, 5, 19, 30));
    }

    @Test
    void everyOtherWeekForACountOfSessions() {
        LocalDateTime first = LocalDateTime.of(2026, 3, 7, 8, 0); // a Saturday
        String rule = new RecurrencePlan(Repeat.WEEKLY, 2, Set.of(), null, 3).rrule(first);

        assertThat(rule).isEqualTo("FREQ=WEEKLY;INTERVAL=2;BYDAY=SA;COUNT=3");
        assertThat(Recurrence.startsBetween(first, rule, FROM, TO))
                .containsExactly(
                        LocalDateTime.of(2026, 3, 7, 8, 0),
                        LocalDateTime.of(2026, 3, 21, 8, 0),
                        LocalDateTime.of(2026, 4, 4, 8, 0));
    }

    @Test
    void monthlyOnTheSecondTuesdayOfEachMonth() {
        LocalDateTime first = LocalDateTime.of(2026, 1, 13, 14, 0); // the second Tuesday of January
        String rule = new RecurrencePlan(Repeat.MONTHLY_WEEKDAY, 1, Set.of(), null, 4).rrule(first);

        assertThat(rule).isEqualTo("FREQ=MONTHLY;INTERVAL=1;BYDAY=2TU;COUNT=4");
        assertThat(Recurrence.startsBetween(first, rule, FROM, TO))
                .containsExactly(
                        LocalDateTime.of(2026, 1, 13, 14, 0),
                        LocalDateTime.of(2026, 2, 10, 14, 0),
                        LocalDateTime.of(2026, 3, 10, 14, 0),
                        LocalDateTime.of(2026, 4, 14, 14, 0));
    }

    @Test
    void aFifthWeekdayRepeatsAsTheLastOfEachMonth() {
        LocalDateTime first = LocalDateTime.of(2026, 1, 30, 19, 0); // the fifth (and last) Friday of January
        String rule =
                new RecurrencePlan(Repeat.MONTHLY_WEEKDAY, 1, Set.of(), LocalDate.of(2026, 4, 30), null).rrule(first);

        assertThat(rule).isEqualTo("FREQ=MONTHLY;INTERVAL=1;BYDAY=-1FR;UNTIL=20260430T235959");
        assertThat(Recurrence.startsBetween(first, rule, FROM, TO))
                .containsExactly(
                        LocalDateTime.of(2026, 1, 30, 19, 0),
                        LocalDateTime.of(2026, 2, 27, 19, 0),
                        LocalDateTime.of(2026, 3, 27, 19, 0),
                        LocalDateTime.of(2026, 4, 24, 19, 0));
    }

    @Test
    void onlyTheStartsInsideTheWindowAreGiven() {
        LocalDateTime first = LocalDateTime.of(2026, 1, 5, 19, 30); // a Monday
        String rule = new RecurrencePlan(Repeat.WEEKLY, 1, Set.of(), LocalDate.of(2026, 12, 31), null).rrule(first);

        List<LocalDateTime> february = Recurrence.startsBetween(
                first, rule, LocalDateTime.of(2026, 2, 1, 0, 0), LocalDateTime.of(2026, 3, 1, 0, 0));

        assertThat(february).hasSize(4).allMatch(start -> start.getMonthValue() == 2 && start.getHour() == 19);
    }

    @Test
    void aOneOffSessionIsItsFirstStartOnly() {
        LocalDateTime first = LocalDateTime.of(2026, 5, 1, 8, 0);

        assertThat(RecurrencePlan.once().rrule(first)).isNull();
        assertThat(Recurrence.startsBetween(first, null, FROM, TO)).containsExactly(first);
    }

    @Test
    void aRepeatingSeriesNeedsAnEndAndAnEndAfterItsStart() {
        LocalDateTime first = LocalDateTime.of(2026, 5, 1, 8, 0);

        assertThatThrownBy(() -> new RecurrencePlan(Repeat.WEEKLY, 1, Set.of(), null, null).rrule(first))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() ->
                        new RecurrencePlan(Repeat.WEEKLY, 1, Set.of(), LocalDate.of(2026, 5, 1), null).rrule(first))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new RecurrencePlan(Repeat.WEEKLY, 1, Set.of(), null, 500).rrule(first))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aRuleHasStartsLeftUntilItsLastSession() {
        LocalDateTime first = LocalDateTime.of(2026, 3, 7, 8, 0); // a Saturday: 7, 14 and 21 March
        String rule = new RecurrencePlan(Repeat.WEEKLY, 1, Set.of(), null, 3).rrule(first);

        assertThat(Recurrence.startsFrom(first, rule, LocalDateTime.of(2026, 3, 21, 8, 0)))
                .isTrue();
        assertThat(Recurrence.startsFrom(first, rule, LocalDateTime.of(2026, 3, 21, 8, 1)))
                .isFalse();
        assertThat(Recurrence.startsFrom(first, null, first.plusMinutes(1))).isFalse();
    }

    @Test
    void aRuleCutBeforeASessionKeepsTheOnesBeforeAndReadsBackAsTheFormsPlan() {
        LocalDateTime first = LocalDateTime.of(2026, 1, 27, 19, 30); // a Tuesday
        RecurrencePlan twiceAWeek =
                new RecurrencePlan(Repeat.WEEKLY, 2, Set.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY), null, 6);
        String rule = twiceAWeek.rrule(first);
        LocalDateTime fourth = LocalDateTime.of(2026, 2, 12, 19, 30);

        String cut = RecurrencePlan.endingBefore(rule, fourth);

        assertThat(Recurrence.startsBetween(first, cut, first, fourth.plusYears(1)))
                .containsExactly(first, first.plusDays(2), first.plusDays(14));
        assertThat(RecurrencePlan.of(rule, 3))
                .isEqualTo(
                        new RecurrencePlan(Repeat.WEEKLY, 2, Set.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY), null, 3));
        assertThat(RecurrencePlan.of(cut, 3).until()).isEqualTo(LocalDate.of(2026, 2, 11));
        assertThat(RecurrencePlan.of(rule, 1)).isEqualTo(RecurrencePlan.once());
        String monthly = new RecurrencePlan(Repeat.MONTHLY_WEEKDAY, 1, Set.of(), LocalDate.of(2026, 6, 30), null)
                .rrule(LocalDateTime.of(2026, 1, 13, 14, 0));
        assertThat(RecurrencePlan.of(monthly, 4))
                .isEqualTo(new RecurrencePlan(Repeat.MONTHLY_WEEKDAY, 1, Set.of(), LocalDate.of(2026, 6, 30), null));
    }
}
