package vn.langso.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
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

/**
 * The report's exports and pages over HTTP, for a coordinator of district A: the files hold the teams of their
 * area only, with the right content type, and a unit outside the area answers 404.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReportExportsIT {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @ArquillianResource
    URL base;

    OrgFixture org;
    ReportRows rows;
    String coordinator;
    long course;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.langSo();
    }

    @BeforeEach
    void ownOrganisationAndProgress() throws Exception {
        org = OrgFixture.create();
        rows = new ReportRows(TestDatabase::connect);
        String trainer = org.account("trainer", null, null, "TRAINER");
        coordinator = org.account("coord", org.districtA, null, "COORDINATOR");
        course = rows.publishedCourse(trainer, "Thanh toán không dùng tiền mặt " + org.suffix, 2);
        rows.enrol(course, org.memberA, 1, 2, ReportRows.TODAY.minusDays(1));
        rows.enrol(course, org.memberB, 2, 2, null);
    }

    @Test
    void csvHoldsTheTeamsOfTheCallersAreaWithAByteOrderMark() {
        HttpResponse<byte[]> csv = get("api/v1/reports/courses/" + course + "/teams.csv");

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(csv.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(
                        d -> assertThat(d).startsWith("attachment; filename=").contains(".csv"));
        String body = new String(csv.body(), StandardCharsets.UTF_8);
        assertThat(body)
                .startsWith("\uFEFFunit_code,unit,team,members,enrolled,not_started,in_progress,completed,overdue");
        assertThat(body)
                .contains(org.code("CA") + ",Bình Phục Nhứt " + org.suffix + "," + org.teamAName() + ",1,1,0,1,0,1")
                .doesNotContain(org.teamBName());
    }

    @Test
    void xlsxIsAWorkbookOfTheCallersTeams() throws IOException {
        HttpResponse<byte[]> xlsx = get("api/v1/reports/courses/" + course + "/teams.xlsx");

        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Type")).hasValue(XLSX);
        assertThat(xlsx.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(d -> assertThat(d).contains(".xlsx"));
        Map<String, String> entries = unzip(xlsx.body());
        assertThat(entries).containsKey("xl/worksheets/sheet1.xml");
        String text = unescape(String.join("\n", entries.values()));
        assertThat(text).contains(org.teamAName()).doesNotContain(org.teamBName());
    }

    @Test
    void xlsxSpeaksTheReadersLanguageWhileTheCsvHeaderStaysForTools() throws IOException {
        String english = workbookText(get("api/v1/reports/courses/" + course + "/teams.xlsx"));
        String vietnamese = workbookText(get("api/v1/reports/courses/" + course + "/teams.xlsx", "vi"));
        String csv = new String(
                get("api/v1/reports/courses/" + course + "/teams.csv", "vi").body(), StandardCharsets.UTF_8);

        assertThat(english)
                .contains("Report by team", "Unit code", "Not started")
                .doesNotContain("unit_code");
        assertThat(vietnamese)
                .contains("Báo cáo theo tổ", "Mã đơn vị", "Chưa bắt đầu")
                .doesNotContain("unit_code");
        assertThat(csv).startsWith("\uFEFFunit_code,unit,team,");
    }

    @Test
    void aTeamNamedLikeAFormulaIsPlainTextInTheCsv() throws Exception {
        long team = rows.team(org.communeA, "=HYPERLINK(\"x\")");
        rows.enrol(course, rows.member("Phan Văn Giàu " + org.suffix, team), 0, 2, null);

        String body = new String(
                get("api/v1/reports/courses/" + course + "/teams.csv").body(), StandardCharsets.UTF_8);

        assertThat(body)
                .contains(",\"'=HYPERLINK(\"\"x\"\")\",")
                .doesNotContain(",\"=HYPERLINK")
                .doesNotContain(",=HYPERLINK");
    }

    @Test
    void aUnitOutsideTheAreaAnswers404() {
        assertThat(get("api/v1/reports/courses/" + course + "/teams.csv?unit=" + org.districtB)
                        .statusCode())
                .isEqualTo(404);
        assertThat(get("api/v1/reports/courses/" + course + "/teams.xlsx?unit=" + org.communeB)
                        .statusCode())
                .isEqualTo(404);
        assertThat(get("api/v1/reports/courses/" + course + "/units?parent=" + org.districtB)
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void theReportPageAndItsExportShowTheCoordinatorsTeams() {
        WebClient client = new WebClient(base);
        assertThat(client.signIn(coordinator, TestDatabase.PASSWORD).statusCode())
                .isEqualTo(302);

        HttpResponse<String> page = client.get("reports/course.xhtml?id=" + course);
        HttpResponse<String> list = client.get("reports/courses.xhtml");
        HttpResponse<String> export = client.get("reports/export/courses/" + course + "/teams.csv");
        HttpResponse<String> outside = client.get("reports/course.xhtml?id=" + course + "&unit=" + org.districtB);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(org.teamAName()).doesNotContain(org.teamBName());
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.body()).contains(org.teamAName()).doesNotContain(org.teamBName());
        assertThat(outside.statusCode()).isEqualTo(404);
    }

    @Test
    void theAssignmentPageOpensForAnAdminButNotForACoordinator() throws Exception {
        WebClient adminClient = new WebClient(base);
        adminClient.signIn(org.account("admin", null, null, "ADMIN"), TestDatabase.PASSWORD);
        WebClient coordinatorClient = new WebClient(base);
        coordinatorClient.signIn(coordinator, TestDatabase.PASSWORD);

        HttpResponse<String> page = adminClient.get("assignments/course.xhtml?id=" + course);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Thanh toán không dùng tiền mặt " + org.suffix);
        assertThat(coordinatorClient
                        .get("assignments/course.xhtml?id=" + course)
                        .statusCode())
                .isEqualTo(404);
    }

    private HttpResponse<byte[]> get(String path) {
        return get(path, "en");
    }

    private HttpResponse<byte[]> get(String path, String language) {
        String token = Base64.getEncoder()
                .encodeToString((coordinator + ":" + TestDatabase.PASSWORD).getBytes(StandardCharsets.UTF_8));
        try {
            return HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(new WebClient(base).resolve(path))
                                    .header("Authorization", "Basic " + token)
                                    .header("Accept-Language", language)
                                    .build(),
                            HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    private static String workbookText(HttpResponse<byte[]> xlsx) throws IOException {
        assertThat(xlsx.statusCode()).isEqualTo(200);
        return unescape(String.join("\n", unzip(xlsx.body()).values()));
    }

    /** The workbook writes every letter outside ASCII as a character reference, {@code &#x1ee3;}. */
    private static String unescape(String xml) {
        return Pattern.compile("&#x([0-9a-fA-F]+);")
                .matcher(xml)
                .replaceAll(m -> Character.toString(Integer.parseInt(m.group(1), 16)));
    }

    /** Read through the central directory, as Excel does: the workbook's entries carry data descriptors. */
    private static Map<String, String> unzip(byte[] bytes) throws IOException {
        Path file = Files.createTempFile("report", ".xlsx");
        try {
            Files.write(file, bytes);
            Map<String, String> entries = new HashMap<>();
            try (ZipFile zip = new ZipFile(file.toFile())) {
                for (ZipEntry entry : Collections.list(zip.entries())) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        entries.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
                    }
                }
            }
            return entries;
        } finally {
            Files.delete(file);
        }
    }
}
