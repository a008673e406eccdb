package vn.langso.scheduling.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.langso.scheduling.entity.JobRun;

class JobRunTextsTest {

    @Test
    void summaryNumbersRoundTrip() {
        assertThat(JobRunTexts.args(JobRunTexts.args(List.of(3L, 0L, 12L)))).containsExactly(3L, 0L, 12L);
        assertThat(JobRunTexts.args(List.of())).isNull();
        assertThat(JobRunTexts.args((String) null)).isEmpty();
    }

    @Test
    void errorNamesTheCausesAndFitsTheColumn() {
        RuntimeException failure = new IllegalStateException("outer", new IllegalArgumentException("x".repeat(5000)));

        String text = JobRunTexts.error(failure);

        assertThat(text).startsWith("java.lang.IllegalStateException: outer\n← java.lang.IllegalArgumentException: x");
        assertThat(text).hasSize(JobRun.ERROR_LENGTH);
    }
}
