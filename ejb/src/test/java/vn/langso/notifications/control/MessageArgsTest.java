package vn.langso.notifications.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class MessageArgsTest {

    @Test
    void argumentsWithCommasAndQuotesRoundTrip() {
        List<String> args = List.of("Dịch vụ công, VNeID \"mức 2\"", "15/12/2026", "");

        assertThat(MessageArgs.split(MessageArgs.join(args))).containsExactlyElementsOf(args);
    }

    @Test
    void noArgumentsIsNoColumnValue() {
        assertThat(MessageArgs.join(List.of())).isNull();
        assertThat(MessageArgs.split(null)).isEmpty();
    }

    @Test
    void argumentsLongerThanTheColumnAreRefused() {
        assertThatThrownBy(() -> MessageArgs.join(List.of("x".repeat(1001))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
