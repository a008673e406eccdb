package vn.langso.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
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

/** Coverage through its doors: the API's JSON and files, targets, refusals, and the page's downloads, all scoped. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CoverageApiIT {

    static final LocalDate TODAY = LocalDate.now();

    @ArquillianResource
    URL base;

    OrgFixture org;
    String coordinator;
    final HttpClient http = HttpClient.newHttpClient();

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
    void aCoordinatorReadsHisAreaAsJsonAndDownloadsItsTables() throws Exception {
        String period = "?from=" + TODAY.withDayOfMonth(1) + "&to=" + TODAY;
        WebClient api = new WebClient(base);

        HttpResponse<String> json =
                api.getWithBasic("api/v1/coverage/units" + period, coordinator, TestDatabase.PASSWORD);
        HttpResponse<String> xlsx =
                api.getWithBasic("api/v1/coverage/units.xlsx" + period, coordinator, TestDatabase.PASSWORD);
        HttpResponse<String> csv =
                api.getWithBasic("api/v1/coverage/services.csv" + period, coordinator, TestDatabase.PASSWORD);
        HttpResponse<String> trend = api.getWithBasic("api/v1/coverage/trend", coordinator, TestDatabase.PASSWORD);

        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(json.body()).contains("\"id\":" + org.communeA).contains("\"reachedPercent\"");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Type").orElse("")).contains("spreadsheetml");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body())
                .startsWith("\uFEFFservice,helped,done,partial,declined")
                .contains("VNEID,");
        assertThat(trend.statusCode()).isEqualTo(200);
        assertThat(trend.body()).contains("\"month\":\"" + TODAY.withDayOfMonth(1) + "\"");
    }

    @Test
    void aBackwardsPeriodIsA400AndAnotherDistrictA404InEveryDoor() throws Exception {
        WebClient api = new WebClient(base);

        HttpResponse<String> backwards = api.getWithBasic(
                "api/v1/coverage/units?from=" + TODAY + "&to=" + TODAY.minusDays(1),
                coordinator,
                TestDatabase.PASSWORD);
        HttpResponse<String> other = api.getWithBasic(
                "api/v1/coverage/units?parent=" + org.districtB + "&from=" + TODAY + "&to=" + TODAY,
                coordinator,
                TestDatabase.PASSWORD);
        HttpResponse<String> otherHouseholds =
                api.getWithBasic("api/v1/coverage/households?unit=" + org.communeB, coordinator, TestDatabase.PASSWORD);
        HttpResponse<String> otherFile = api.getWithBasic(
                "api/v1/coverage/households.csv?unit=" + org.communeB, coordinator, TestDatabase.PASSWORD);

        assertThat(backwards.statusCode()).isEqualTo(400);
        assertThat(backwards.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(other.statusCode()).isEqualTo(404);
        assertThat(otherHouseholds.statusCode()).isEqualTo(404);
        assertThat(otherFile.statusCode()).isEqualTo(404);
    }

    @Test
    void aTargetIsSetOnceWhateverTheResendsAndABadOneIsA400() throws Exception {
        String due = TODAY.plusMonths(2).toString();
        String body = "{\"unitId\":" + org.communeA + ",\"indicator\":\"PROFICIENT\",\"percent\":80,\"dueOn\":\"" + due
                + "\"}";

        HttpResponse<String> first = send("PUT", "api/v1/coverage/targets", body);
        HttpResponse<String> again = send("PUT", "api/v1/coverage/targets", body);
        HttpResponse<String> listed = send("GET", "api/v1/coverage/targets?unit=" + org.communeA, null);
        HttpResponse<String> tooMuch = send("PUT", "api/v1/coverage/targets", body.replace("80", "120"));

        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(listed.body().split("\"indicator\"", -1)).hasSize(2);
        assertThat(tooMuch.statusCode()).isEqualTo(400);
        assertThat(tooMuch.body()).contains("percent");
    }

    @Test
    void thePageShowsTheAreaWithLinksToItsFiles() throws Exception {
        WebClient web = new WebClient(base);
        web.signIn(coordinator, TestDatabase.PASSWORD);

        HttpResponse<String> page = web.get("coverage/dashboard.xhtml");
        HttpResponse<String> file = web.get("coverage/export/units.csv?from=" + TODAY + "&to=" + TODAY);
        HttpResponse<String> notMine = web.get("coverage/dashboard.xhtml?unit=" + org.districtB);
        HttpResponse<String> pdf = web.get("coverage/report.pdf?from=" + TODAY.withDayOfYear(1) + "&to=" + TODAY);
        HttpResponse<String> notMinePdf =
                web.get("coverage/report.pdf?unit=" + org.districtB + "&from=" + TODAY + "&to=" + TODAY);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Bình Phục Nhứt " + org.suffix).contains("units.xlsx?from=");
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.body()).contains(org.code("CA"));
        assertThat(notMine.statusCode()).isEqualTo(404);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElse("")).isEqualTo("application/pdf");
        assertThat(pdf.body()).startsWith("%PDF");
        assertThat(page.body()).contains("report.pdf?from=");
        assertThat(notMinePdf.statusCode()).isEqualTo(404);
    }

    private HttpResponse<String> send(String method, String path, String body) throws Exception {
        String basic = Base64.getEncoder()
                .encodeToString((coordinator + ":" + TestDatabase.PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/json");
        request = body == null ? request.GET() : request.method(method, HttpRequest.BodyPublishers.ofString(body));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
