package vn.langso.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.langso.it.Deployments;
import vn.langso.it.OrgFixture;
import vn.langso.it.TestDatabase;
import vn.langso.it.WebClient;
import vn.langso.sessions.control.CheckInCodes;

/** The check-in page a scanned QR code opens: the code filled in, one tap, the member recorded. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SelfCheckInPageIT {

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.langSo();
    }

    @Test
    void aMemberOpensTheAddressOfTheQrCodeAndIsCheckedInWithOneTap() throws Exception {
        OrgFixture org = OrgFixture.create();
        long hamlet = org.hamlet(org.communeA, "Ấp Quét Mã");
        LocalDateTime start =
                LocalDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusMinutes(10).truncatedTo(ChronoUnit.MINUTES);
        String title = "Buổi quét mã " + org.suffix;
        String secret = "page-test-" + UUID.randomUUID();
        TestDatabase.update(
                "insert into session_series (unit_id, title, search_key, services, place, first_start,"
                        + " duration_minutes, planned_until, created_by, created_at) values (?, ?, 'quet ma',"
                        + " 'VNEID', 'Nhà văn hoá', ?, 60, ?, 'test', now())",
                hamlet,
                title,
                start,
                start.plusMinutes(1));
        TestDatabase.update(
                "insert into session_occurrence (series_id, unit_id, recurrence_start, starts_at, ends_at,"
                        + " check_in_secret) select id, unit_id, first_start, first_start,"
                        + " first_start + interval 60 minute, ? from session_series where title = ?",
                secret,
                title);
        String session = TestDatabase.text(
                "select o.id from session_occurrence o join session_series s on s.id = o.series_id where s.title = ?",
                title);
        String member = org.account("member", null, org.teamMember(org.teamB, "Người Quét"), "MEMBER");
        WebClient phone = new WebClient(base);
        phone.signIn(member, TestDatabase.PASSWORD);
        String code = CheckInCodes.code(secret, CheckInCodes.step(Instant.now()));

        String page = phone.get("sessions/checkin.xhtml?s=" + session + "&code=" + code)
                .body();
        assertThat(page).contains("value=\"" + code + "\"");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("checkIn", "checkIn");
        form.put("checkIn:code", code);
        form.put("checkIn:submit", "");
        form.put("jakarta.faces.ViewState", WebClient.viewState(page));
        String done = phone.post("sessions/checkin.xhtml", form).body();

        assertThat(done).contains("id=\"checkedIn\"").contains(title);
        assertThat(TestDatabase.text(
                        "select count(*) from session_attendance a join session_occurrence o on o.id = a.occurrence_id"
                                + " join session_series s on s.id = o.series_id where s.title = ?",
                        title))
                .isEqualTo("1");
    }
}
