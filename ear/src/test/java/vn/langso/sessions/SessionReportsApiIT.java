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

/** The sessions report's doors: the page with its download links, the API's JSON and files, refusals. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SessionReportsApiIT {

    static final LocalDate TODAY = LocalDate.now();

    @ArquillianResource
    URL base;

    OrgFixture org;
    String coordinator;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.langSo();
    }

    @BeforeEach
    void aCoordinatorOfDistrictA() throws Exception {
        org = OrgFixture.create();
        coordinator = org.account("coord", org.districtA, null, "COORDINATOR");
    }

    @Test
    void aCoordinatorDownloadsHisAreasTableAsExcelAndAsCsv() throws Exception {
        String period = "?from=" + TODAY.minusDays(30) + "&to=" + TODAY;
        WebClient api = new WebClient(base);

        HttpResponse<String> json =
                api.getWithBasic("api/v1/sessions/reports/units" + period, coordinator, TestDatabase.PASSWORD);
        HttpResponse<String> xlsx =
                api.getWithBasic("api/v1/sessions/reports/units.xlsx" + period, coordinator, TestDatabase.PASSWORD);
        HttpResponse<String> csv = api.getWithBasic(
                "api/v1/sessions/reports/facilitators.csv" + period, coordinator, TestDatabase.PASSWORD);

        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(json.body()).contains("\"id\":" + org.communeA).contains("\"held\":0");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Type").orElse("")).contains("spreadsheetml");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body()).startsWith("\uFEFFmember_id,facilitator,held,cancelled,people,households");
    }

    @Test
    void aPeriodBackwardsIsA400AndAnotherDistrictA404() throws Exception {
        WebClient api = new WebClient(base);

        HttpResponse<String> backwards = api.getWithBasic(
                "api/v1/sessions/reports/units?from=" + TODAY + "&to=" + TODAY.minusDays(1),
                coordinator,
                TestDatabase.PASSWORD);
        HttpResponse<String> other = api.getWithBasic(
                "api/v1/sessions/reports/units?parent=" + org.districtB + "&from=" + TODAY + "&to=" + TODAY,
                coordinator,
                TestDatabase.PASSWORD);

        assertThat(backwards.statusCode()).isEqualTo(400);
        assertThat(backwards.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(other.statusCode()).isEqualTo(404);
    }

    @Test
    void thePageShowsTheAreasUnitsWithLinksToTheirFiles() throws Exception {
        WebClient web = new WebClient(base);
        web.signIn(coordinator, TestDatabase.PASSWORD);

        HttpResponse<String> page = web.get("sessions/reports.xhtml?from=" + TODAY.minusDays(7) + "&to=" + TODAY);
        HttpResponse<String> file = web.get("sessions/export/units.csv?from=" + TODAY.minusDays(7) + "&to=" + TODAY);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Bình Phục Nhứt " + org.suffix).contains("units.xlsx?from=");
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.body()).contains(org.code("CA"));
    }
}
