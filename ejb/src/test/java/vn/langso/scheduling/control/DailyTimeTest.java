package vn.langso.scheduling.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.quartz.CronExpression;

class DailyTimeTest {

    @Test
    void timeOfDayBecomesADailyCronAtThatMinute() {
        assertThat(DailyTime.cron("02:00", "X")).isEqualTo("0 0 2 * * ?");
        assertThat(DailyTime.cron(" 23:45 ", "X")).isEqualTo("0 45 23 * * ?");
        assertThat(DailyTime.cron("7:05", "X")).isEqualTo("0 5 7 * * ?");
        assertThat(CronExpression.isValidExpression(DailyTime.cron("02:00", "X")))
                .isTrue();
    }

    @Test
    void somethingElseThanATimeIsRefusedNamingTheVariable() {
        assertThatThrownBy(() -> DailyTime.cron("2h", "LANGSO_CERTIFICATE_JOB_TIME"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("LANGSO_CERTIFICATE_JOB_TIME");
        assertThatThrownBy(() -> DailyTime.cron("25:00", "X")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void unsetConfigurationFallsBackToTheDefault() {
        assertThat(DailyTime.cron("langso.test.unset.time", "LANGSO_TEST_UNSET_TIME", "03:30"))
                .isEqualTo("0 30 3 * * ?");
    }
}
