package vn.langso.visits;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.langso.it.AccountRows;
import vn.langso.it.Deployments;
import vn.langso.it.OrgFixture;
import vn.langso.it.TestDatabase;

/** Households in and out as CSV: every error by line and column and nothing stored, idempotent, scoped, inert. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HouseholdFilesIT {

    @ArquillianResource
    URL base;

    OrgFixture org;
    FieldRows rows;
    HttpClient http;
    String hamletA;
    String hamletB;
    String coordinatorA;
    String coordinatorB;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.langSo();
    }

    @BeforeEach
    void ownArea() throws Exception {
        org = OrgFixture.create();
        rows = new FieldRows(TestDatabase::connect);
        http = HttpClient.newHttpClient();
        org.hamlet(org.communeA, "Ấp Một");
        org.hamlet(org.communeB, "Ấp Hai");
        hamletA = org.code("H" + "Ấp Một".hashCode());
        hamletB = org.code("H" + "Ấp Hai".hashCode());
        coordinatorA = org.account("dieuphoi", org.districtA, null, "COORDINATOR");
        coordinatorB = org.account("dieuphoi", org.districtB, null, "COORDINATOR");
    }

    @Test
    void aFileWithErrorsListsEachByLineAndColumnAndStoresNothing() throws Exception {
        String csv = "unit_code,code,head_name,house_number,phone,residents\n"
                + hamletA + ",A1,Nguyễn Văn Một " + org.suffix + ",1,0912345678,4\n"
                + hamletB + ",B1,Trần Văn Hai,2,,3\n"
                + hamletA + ",A2,,3,abc,0\n";

        HttpResponse<String> refused = upload(coordinatorA, csv);

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body())
                .contains("\"column\":\"unit_code\",\"line\":3")
                .contains("\"column\":\"head_name\",\"line\":4")
                .contains("\"column\":\"phone\",\"line\":4")
                .contains("\"column\":\"residents\",\"line\":4");
        assertThat(rows.count("select count(*) from household where head_name = ?", "Nguyễn Văn Một " + org.suffix))
                .isZero();
    }

    @Test
    void importingTheSameFileAgainChangesNothingAndTheExportImportsBackUnchanged() throws Exception {
        String csv = "unit_code,code,head_name,house_number,street,phone,residents,notes\n"
                + hamletA + ",A1,Nguyễn Văn Một,1,Đường 30/4,0912 345 678,4,\n"
                + hamletA + ",,=HYPERLINK(\"x\"),2,,,3,Hộ nghèo\n";

        HttpResponse<String> first = upload(coordinatorA, csv);
        HttpResponse<String> again = upload(coordinatorA, csv);
        HttpResponse<String> export = get(coordinatorA, "api/v1/household-files/households.csv?unit=" + org.districtA);
        HttpResponse<String> reimported = upload(coordinatorA, export.body());

        assertThat(first.body()).contains("\"created\":2", "\"updated\":0");
        assertThat(again.body()).contains("\"created\":0", "\"updated\":0", "\"unchanged\":2");
        assertThat(export.body()).contains("'=HYPERLINK(\"\"x\"\")", "Nguyễn Văn Một");
        assertThat(reimported.statusCode()).isEqualTo(200);
        assertThat(reimported.body()).contains("\"created\":0", "\"updated\":0", "\"unchanged\":2");
    }

    @Test
    void aCoordinatorOfAnotherDistrictNeitherExportsNorImportsThisArea() throws Exception {
        String csv = "unit_code,head_name\n" + hamletA + ",Lê Văn Ba\n";

        assertThat(get(coordinatorB, "api/v1/household-files/households.csv?unit=" + org.districtA)
                        .statusCode())
                .isEqualTo(404);
        assertThat(upload(coordinatorB, csv).statusCode()).isEqualTo(422);
        assertThat(send(
                                coordinatorA,
                                HttpRequest.newBuilder(URI.create(base + "api/v1/household-files"))
                                        .header("Content-Type", "text/plain")
                                        .POST(HttpRequest.BodyPublishers.ofString(csv)))
                        .statusCode())
                .isEqualTo(415);
    }

    private HttpResponse<String> upload(String username, String csv) throws Exception {
        return send(
                username,
                HttpRequest.newBuilder(URI.create(base + "api/v1/household-files"))
                        .header("Content-Type", "text/csv")
                        .POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8)));
    }

    private HttpResponse<String> get(String username, String path) throws Exception {
        return send(username, HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    private HttpResponse<String> send(String username, HttpRequest.Builder request) throws Exception {
        String basic = Base64.getEncoder()
                .encodeToString((username + ":" + AccountRows.PASSWORD).getBytes(StandardCharsets.UTF_8));
        return http.send(
                request.header("Authorization", "Basic " + basic).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
