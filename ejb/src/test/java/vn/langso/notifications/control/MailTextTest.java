package vn.langso.notifications.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class MailTextTest {

    @Test
    void renewalReminderIsWrittenInVietnameseWithSkillAndDate() {
        MailText mail = MailText.of("notifications.certificateRenewal", List.of("Sử dụng VNeID", "15/12/2026"));

        assertThat(mail.subject()).startsWith("LangSo: Chứng nhận kỹ năng \"Sử dụng VNeID\"");
        assertThat(mail.body()).contains("hết hạn ngày 15/12/2026").contains("mục Thông báo");
    }

    @Test
    void aMessageWithoutAnEmailTextIsRefused() {
        assertThatThrownBy(() -> MailText.of("notifications.unknown", List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
