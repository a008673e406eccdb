package vn.langso.org;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.langso.it.TestDatabase.PASSWORD;

import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

/** CSV import (all or nothing, idempotent) and export (scoped like the lists), through the API and the page. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OrganizationImportIT {

    static final String UNITS = "code,name,type,parent_code,households,active\n";
    static final String TEAMS = "unit_code,name,founded_on,active\n";
    static final String MEMBERS =
            "phone,full_name,email,birth_year,gender,affiliation,team_unit_code,team_name,team_role\n";

    /** The 057 prefix is used neither by the demo data nor by other tests. */
    private static final AtomicLong PHONES =
            new AtomicLong(ThreadLocalRandom.current().nextLong(5_000_000));

    @ArquillianResource
    URL base;

    CsvClient client;
    String admin;
    OrgFixture org;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.langSo();
    }

    @BeforeEach
    void adminAndOrganisation() throws SQLException {
        client = new CsvClient(base);
        admin = TestDatabase.createAccount("import", PASSWORD, "ADMIN");
        org = OrgFixture.create();
    }

    @Test
    void aFileWithTwoBadRowsIsRefusedWithBothErrorsAndNothingIsStored() throws SQLException {
        String first = phone();
        String third = phone();
        String csv = MEMBERS
                + first + ",Nguyễn Văn Một,,1990,nam,," + org.code("CA") + "," + org.teamAName() + ",LEADER\n"
                + "0212345678,Trần Thị Hai,,,,,,,\n"
                + third + ",Lê Văn Ba,,,maybe,,,,\n";

        HttpResponse<String> response = client.importCsv("members", csv, admin, PASSWORD);

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("nothing was imported");
        List<String> errors = errorObjects(response.body());
        assertThat(errors).hasSize(2);
        assertThat(errors.get(0))
                .contains("\"line\":3", "\"column\":\"phone\"", "\"messageKey\":\"imports.member.phoneFormat\"");
        assertThat(errors.get(1))
                .contains("\"line\":4", "\"column\":\"gender\"", "\"message\":\"The gender \\\"maybe\\\" is not valid");
        assertThat(count("select count(*) from member where phone in (?, ?)", first, third))
                .isZero();
    }

    @Test
    void validFilesAreStoredAndImportingThemAgainChangesNothing() throws SQLException {
        String s = org.suffix;
        String units = UNITS
                + "IP" + s + ",Tỉnh Nhập " + s + ",tỉnh,,1000,true\n"
                + "ID" + s + ",Huyện Nhập,huyện,IP" + s + ",1000,\n"
                + "IC" + s + ",Xã Nhập,xã,ID" + s + ",1000,true\n"
                + "IV" + s + ",\"Ấp Một, Xã Nhập\",ấp,IC" + s + ",250,có\n";
        String teams = TEAMS
                + "IC" + s + ",\"Tổ CNSCĐ xã Nhập, số 1\",2023-03-01,true\n"
                + "IV" + s + ",Tổ CNSCĐ ấp Một,15/04/2023,\n";
        String leader = phone();
        String member = phone();
        String loner = phone();
        String members = MEMBERS
                + leader + ",Nguyễn Thị Mai,mai@example.com,1990,nữ,Đoàn Thanh niên,IC" + s
                + ",\"tổ cnscđ xã nhập, số 1\",LEADER\n"
                + member + ",\"Trần Văn \"\"Út\"\" Hùng\",,1978,MALE,,IV" + s + ",Tổ CNSCĐ ấp Một,\n"
                + loner + ",Lê Văn Tư,,,,,,,\n";

        assertReport(client.importCsv("units", units, admin, PASSWORD), 4, 0, 0);
        assertReport(client.importCsv("teams", teams, admin, PASSWORD), 2, 0, 0);
        assertReport(client.importCsv("members", members, admin, PASSWORD), 3, 0, 0);

        assertThat(text(
                        "select concat(l.code, ' ', u.path = concat(p.path, u.id, '/')) from admin_unit u"
                                + " join admin_level l on l.id = u.level_id join admin_unit p on p.id = u.parent_id"
                                + " where u.code = ?",
                        "IV" + s))
                .isEqualTo("VILLAGE 1");
        assertThat(text("select full_name from member where phone = ?", member)).isEqualTo("Trần Văn \"Út\" Hùng");
        assertThat(text(
                        "select concat(m.team_role, ' ', t.name) from team_membership m join member p"
                                + " on p.id = m.member_id join team t on t.id = m.team_id where p.phone = ?"
                                + " and m.ended_on is null",
                        leader))
                .isEqualTo("LEADER Tổ CNSCĐ xã Nhập, số 1");
        assertThat(count(
                        "select count(*) from team_membership m join member p on p.id = m.member_id"
                                + " where p.phone = ?",
                        loner))
                .isZero();

        assertReport(client.importCsv("units", units, admin, PASSWORD), 0, 0, 4);
        assertReport(client.importCsv("teams", teams, admin, PASSWORD), 0, 0, 2);
        assertReport(client.importCsv("members", members, admin, PASSWORD), 0, 0, 3);
        assertThat(count(
                        "select count(*) from team_membership m join member p on p.id = m.member_id"
                                + " where p.phone in (?, ?)",
                        leader,
                        member))
                .isEqualTo(2);
    }

    @Test
    void aChangedRowUpdatesAndAnotherTeamEndsTheOpenMembership() throws SQLException {
        String phone = phone();
        String teamB = "Tổ hai " + org.suffix;
        assertReport(
                client.importCsv("teams", TEAMS + org.code("CA") + "," + teamB + ",,\n", admin, PASSWORD), 1, 0, 0);
        assertReport(
                client.importCsv(
                        "members",
                        MEMBERS + phone + ",Phạm Văn Năm,,,,," + org.code("CA") + "," + org.teamAName() + ",MEMBER\n",
                        admin,
                        PASSWORD),
                1,
                0,
                0);

        String moved =
                MEMBERS + phone + ",Phạm Văn Năm,nam@example.com,,,," + org.code("CA") + "," + teamB + ",LEADER\n";
        assertReport(client.importCsv("members", moved, admin, PASSWORD), 0, 1, 0);
        assertReport(client.importCsv("members", moved, admin, PASSWORD), 0, 0, 1);

        assertThat(texts(
                        "select concat(t.name, ' ', m.team_role, ' ', m.ended_on is null) from team_membership m"
                                + " join member p on p.id = m.member_id join team t on t.id = m.team_id where p.phone = ?"
                                + " order by m.id",
                        phone))
                .containsExactly(org.teamAName() + " MEMBER 0", teamB + " LEADER 1");
        assertThat(text("select email from member where phone = ?", phone)).isEqualTo("nam@example.com");
    }

    @Test
    void onlyAnAdminImports() throws SQLException {
        String coordinator = org.account("coord", org.districtA, null, "COORDINATOR");

        HttpResponse<String> response = client.importCsv("teams", TEAMS, coordinator, PASSWORD);

        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void theApiExportHoldsOnlyTheCoordinatorsArea() throws SQLException {
        String coordinator = org.account("coord", org.districtA, null, "COORDINATOR");

        HttpResponse<String> members = client.getWithBasic("api/v1/exports/members.csv", coordinator, PASSWORD);
        HttpResponse<String> teams = client.getWithBasic("api/v1/exports/teams.csv", coordinator, PASSWORD);
        HttpResponse<String> units = client.getWithBasic("api/v1/exports/units.csv", coordinator, PASSWORD);

        assertThat(members.statusCode()).isEqualTo(200);
        assertThat(members.headers().firstValue("Content-Type"))
                .hasValueSatisfying(
                        type -> assertThat(type).startsWith("text/csv").containsIgnoringCase("utf-8"));
        assertThat(members.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(value -> assertThat(value).startsWith("attachment; filename=\"langso-members-"));
        assertThat(members.body())
                .startsWith("\uFEFF" + MEMBERS.replace("\n", "\r\n"))
                .contains("Nguyễn Văn An " + org.suffix + "," + ",,,,")
                .doesNotContain("Trần Thị Bình " + org.suffix);
        assertThat(lines(members.body())).hasSize(2);
        assertThat(teams.body()).contains(org.teamAName()).doesNotContain(org.teamBName());
        assertThat(lines(teams.body())).hasSize(2);
        assertThat(units.body())
                .contains(org.code("DA") + ",", org.code("CA") + ",")
                .doesNotContain(org.code("DB") + ",", org.code("CB") + ",", "\n" + org.code("P") + ",");
        assertThat(client.getWithBasic("api/v1/exports/teams.csv?unit=" + org.code("DB"), coordinator, PASSWORD)
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void thePagesServeTheSameExportToTheSignedInSession() throws SQLException {
        String coordinator = org.account("coord", org.districtA, null, "COORDINATOR");
        CsvClient browser = new CsvClient(base);
        assertThat(browser.get("org/export/teams.csv").statusCode()).isEqualTo(302);

        assertThat(browser.signIn(coordinator, PASSWORD).statusCode()).isEqualTo(302);
        HttpResponse<String> teams = browser.get("org/export/teams.csv?unit=" + org.code("DA"));

        assertThat(teams.statusCode()).isEqualTo(200);
        assertThat(teams.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(value -> assertThat(value).startsWith("attachment;"));
        assertThat(teams.body()).startsWith("\uFEFF" + TEAMS.trim()).contains(org.teamAName());
        assertThat(lines(teams.body())).hasSize(2);
        assertThat(browser.get("org/export/teams.csv?unit=" + org.code("DB")).statusCode())
                .isEqualTo(404);
        assertThat(browser.get("org/export/nothing.csv").statusCode()).isEqualTo(404);
    }

    @Test
    void anExportedFileImportsAgainUnchanged() {
        for (String kind : List.of("units", "teams", "members")) {
            HttpResponse<String> export =
                    client.getWithBasic("api/v1/exports/" + kind + ".csv?unit=" + org.code("P"), admin, PASSWORD);
            assertThat(export.statusCode()).isEqualTo(200);

            HttpResponse<String> report = client.importCsv(kind, export.body(), admin, PASSWORD);

            assertThat(report.statusCode()).as(kind + ": " + report.body()).isEqualTo(200);
            assertThat(CsvClient.number(report.body(), "unchanged"))
                    .isEqualTo(lines(export.body()).size() - 1);
            assertThat(CsvClient.number(report.body(), "created")).isZero();
            assertThat(CsvClient.number(report.body(), "updated")).isZero();
        }
    }

    @Test
    void namesASpreadsheetWouldRunAsFormulasGoOutInertAndImportBackUnchanged() {
        String s = org.suffix;
        String leader = phone();
        assertReport(
                client.importCsv(
                        "units",
                        UNITS
                                + "FP" + s + ",\"=HYPERLINK(\"\"http://evil.example\"\",\"\"Bấm\"\")\",tỉnh,,100,true\n"
                                + "FD" + s + ",-Huyện Trừ,huyện,FP" + s + ",100,true\n"
                                + "FC" + s + ",+Xã Cộng,xã,FD" + s + ",100,true\n",
                        admin,
                        PASSWORD),
                3,
                0,
                0);
        assertReport(
                client.importCsv("teams", TEAMS + "FC" + s + ",=1+1 Tổ,2024-01-02,true\n", admin, PASSWORD), 1, 0, 0);
        assertReport(
                client.importCsv(
                        "members",
                        MEMBERS + leader + ",@Nguyễn Văn Công,,1990,nam,,FC" + s + ",=1+1 Tổ,LEADER\n",
                        admin,
                        PASSWORD),
                1,
                0,
                0);

        for (String kind : List.of("units", "teams", "members")) {
            String export = client.getWithBasic("api/v1/exports/" + kind + ".csv?unit=FP" + s, admin, PASSWORD)
                    .body();
            assertThat(export).as(kind).containsAnyOf("'=", "'@", "'-", "'+");
            for (String line : lines(export)) {
                for (String cell : line.split(",")) {
                    assertThat(cell.replace("\"", ""))
                            .as(kind + ": " + line)
                            .doesNotStartWith("=")
                            .doesNotStartWith("@");
                }
            }

            HttpResponse<String> again = client.importCsv(kind, export, admin, PASSWORD);

            assertThat(CsvClient.number(again.body(), "unchanged"))
                    .as(kind + ": " + again.body())
                    .isEqualTo(lines(export).size() - 1);
        }
    }

    @Test
    void hiddenAndControlCharactersAreRefusedWithTheirLineAndColumn() throws SQLException {
        String s = org.suffix;
        HttpResponse<String> response = client.importCsv(
                "units",
                UNITS + "HA" + s + ",Ấp \u202Egpj.exe,ấp," + org.code("CA") + ",10,true\n"
                        + "HB" + s + ",Ấp\u0000 Hai,ấp," + org.code("CA") + ",10,true\n"
                        + "HC" + s + ",Ấp\u200BBa,ấp," + org.code("CA") + ",10,true\n",
                admin,
                PASSWORD);

        assertThat(response.statusCode()).isEqualTo(422);
        List<String> errors = errorObjects(response.body());
        assertThat(errors).hasSize(3);
        assertThat(errors.get(0)).contains("\"line\":2", "\"column\":\"name\"", "U+202E");
        assertThat(errors.get(1)).contains("\"line\":3", "\"column\":\"name\"", "U+0000");
        assertThat(errors.get(2)).contains("\"line\":4", "\"column\":\"name\"", "U+200B");
        assertThat(count("select count(*) from admin_unit where code in (?, ?, ?)", "HA" + s, "HB" + s, "HC" + s))
                .isZero();
    }

    @Test
    void theImportApiTakesOnlyABodyDeclaredAsCsv() {
        HttpResponse<String> plain = client.importAs(
                "text/plain", "units", UNITS + "TP" + org.suffix + ",Tỉnh Giả,tỉnh,,1,true\n", admin, PASSWORD);

        assertThat(plain.statusCode()).isEqualTo(415);
        assertThat(plain.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    void thePageUploadsAFileAndShowsTheErrorsThenTheSummary() throws SQLException {
        CsvClient browser = new CsvClient(base);
        browser.signIn(admin, PASSWORD);
        HttpResponse<String> page = browser.get("org/import.xhtml");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("code,name,type,parent_code,households,active", "/org/export/members.csv");
        HttpResponse<String> teamColumns = browser.post(
                "org/import.xhtml",
                Map.of(
                        "jakarta.faces.partial.ajax", "true",
                        "jakarta.faces.source", "import:format",
                        "jakarta.faces.partial.execute", "import:format",
                        "jakarta.faces.partial.render", "columns",
                        "jakarta.faces.behavior.event", "change",
                        "import", "import",
                        "import:format", "TEAMS",
                        "jakarta.faces.ViewState", WebClient.viewState(page.body())));
        assertThat(teamColumns.body()).contains("unit_code,name,founded_on,active");

        String good = phone();
        String bad = MEMBERS + good + ",Hồ Thị Sáu,,,,,,,\n" + "12345,Đỗ Văn Bảy,,,,,,,\n";
        HttpResponse<String> refused =
                browser.upload("org/import.xhtml", form(page.body()), fileInput(page.body()), "thu.csv", bytes(bad));

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("Không có gì được nhập", "không phải số di động Việt Nam");
        assertThat(count("select count(*) from member where phone = ?", good)).isZero();

        HttpResponse<String> page2 = browser.get("org/import.xhtml");
        HttpResponse<String> stored = browser.upload(
                "org/import.xhtml",
                form(page2.body()),
                fileInput(page2.body()),
                "thu.csv",
                bytes(MEMBERS + good + ",Hồ Thị Sáu,,,,,,,\n"));

        assertThat(stored.body()).contains("Đã nhập xong");
        assertThat(count("select count(*) from member where phone = ?", good)).isEqualTo(1);
    }

    private static Map<String, String> form(String page) {
        return Map.of(
                "import", "import",
                "import:format", "MEMBERS",
                "import:upload", "",
                "jakarta.faces.ViewState", WebClient.viewState(page));
    }

    private static String fileInput(String page) {
        Matcher input = Pattern.compile("<input[^>]*type=\"file\"[^>]*>").matcher(page);
        assertThat(input.find()).as("a file input").isTrue();
        Matcher name = Pattern.compile("name=\"([^\"]+)\"").matcher(input.group());
        assertThat(name.find()).isTrue();
        return name.group(1);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String phone() {
        return String.format("057%07d", PHONES.incrementAndGet());
    }

    private static void assertReport(HttpResponse<String> response, int created, int updated, int unchanged) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(CsvClient.number(response.body(), "created"))
                .as(response.body())
                .isEqualTo(created);
        assertThat(CsvClient.number(response.body(), "updated"))
                .as(response.body())
                .isEqualTo(updated);
        assertThat(CsvClient.number(response.body(), "unchanged"))
                .as(response.body())
                .isEqualTo(unchanged);
    }

    /** The objects of the problem's errors array: the only objects without objects inside. */
    private static List<String> errorObjects(String json) {
        List<String> objects = new ArrayList<>();
        Matcher matcher = Pattern.compile("\\{[^{}]*\\}").matcher(json);
        while (matcher.find()) {
            objects.add(matcher.group());
        }
        return objects;
    }

    private static List<String> lines(String csv) {
        return csv.lines().filter(line -> !line.isBlank()).toList();
    }

    private static long count(String sql, Object... parameters) throws SQLException {
        return Long.parseLong(text(sql, parameters));
    }

    private static String text(String sql, Object... parameters) throws SQLException {
        List<String> all = texts(sql, parameters);
        return all.isEmpty() ? null : all.get(0);
    }

    private static List<String> texts(String sql, Object... parameters) throws SQLException {
        try (Connection connection = TestDatabase.connect();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            List<String> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    rows.add(result.getString(1));
                }
            }
            return rows;
        }
    }
}
