package vn.langso.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.langso.it.Deployments;
import vn.langso.it.OrgFixture;
import vn.langso.it.TestDatabase;
import vn.langso.it.WebClient;

/** The sessions of a date range through the API, scoped like the pages; refusals as problem+json. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SessionsApiIT {

    static final LocalDate DAY = LocalDate.now().plusDays(10);

    @ArquillianResource
    URL base;

    OrgFixture org;
    long hamletA;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.langSo();
    }

    @BeforeEach
    void aSessionInDistrictA() throws Exception {
        org = OrgFixture.create();
        hamletA = org.hamlet(org.communeA, "Ấp Lịch");
        TestDatabase.update(
                "insert into session_series (unit_id, title, search_key, services, place, first_start,"
                        + " duration_minutes, planned_until, created_by, created_at) values (?, ?, 'hop ap', 'VNEID',"
                        + " 'Nhà văn hoá', ?, 90, ?, 'test', now())",
                hamletA,
                "Họp ấp " + org.suffix,
                DAY.atTime(19, 30),
                DAY.atTime(19, 31));
        TestDatabase.update(
                "insert into session_occurrence (series_id, unit_id, recurrence_start, starts_at, ends_at)"
                        + " select id, unit_id, first_start, first_start, first_start + interval 90 minute"
                        + " from session_series where title = ?",
                "Họp ấp " + org.suffix);
    }

    @Test
    void aCoordinatorListsTheSessionsOfHisAreaOnly() throws Exception {
        String range = "api/v1/sessions?from=" + DAY.minusDays(1) + "&to=" + DAY.plusDays(1);

        HttpResponse<String> own = new WebClient(base)
                .getWithBasic(range, org.account("coord", org.districtA, null, "COORDINATOR"), TestDatabase.PASSWORD);
        HttpResponse<String> other = new WebClient(base)
                .getWithBasic(range, org.account("coord", org.districtB, null, "COORDINATOR"), TestDatabase.PASSWORD);

        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.body()).contains("Họp ấp " + org.suffix).contains("\"startsAt\":\"" + DAY + "T19:30");
        assertThat(other.statusCode()).isEqualTo(200);
        assertThat(other.body()).doesNotContain("Họp ấp " + org.suffix);
    }

    @Test
    void aSeriesIsReadWithItsRuleInTheCallersAreaOnly() throws Exception {
        String series = TestDatabase.text("select id from session_series where title = ?", "Họp ấp " + org.suffix);

        HttpResponse<String> own = new WebClient(base)
                .getWithBasic(
                        "api/v1/sessions/series/" + series,
                        org.account("coord", org.districtA, null, "COORDINATOR"),
                        TestDatabase.PASSWORD);
        HttpResponse<String> other = new WebClient(base)
                .getWithBasic(
                        "api/v1/sessions/series/" + series,
                        org.account("coord", org.districtB, null, "COORDINATOR"),
                        TestDatabase.PASSWORD);

        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.body())
                .contains("\"title\":\"Họp ấp " + org.suffix + "\"")
                .contains("\"services\":[\"VNEID\"]")
                .contains("\"durationMinutes\":90");
        assertThat(other.statusCode()).isEqualTo(404);
    }

    @Test
    void aMissingOrTooLongRangeIsRefused() throws Exception {
        String coordinator = org.account("coord", org.districtA, null, "COORDINATOR");

        HttpResponse<String> missing =
                new WebClient(base).getWithBasic("api/v1/sessions?from=" + DAY, coordinator, TestDatabase.PASSWORD);
        HttpResponse<String> tooLong = new WebClient(base)
                .getWithBasic(
                        "api/v1/sessions?from=" + DAY + "&to=" + DAY.plusDays(200), coordinator, TestDatabase.PASSWORD);

        for (HttpResponse<String> refused : java.util.List.of(missing, tooLong)) {
            assertThat(refused.statusCode()).isEqualTo(400);
            assertThat(refused.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        }
    }
}
