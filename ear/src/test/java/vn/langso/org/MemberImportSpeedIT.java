package vn.langso.org;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.langso.it.TestDatabase.PASSWORD;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.IntUnaryOperator;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.langso.it.Deployments;
import vn.langso.it.TestDatabase;

/**
 * A benchmark, not a check of speed: imports 8,000 members with their teams (the size of Tiền Giang's teams) and
 * prints how long it took, then the same file again, then the file with every member moved to another team. The
 * target is under 30 seconds for the first import.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MemberImportSpeedIT {

    static final int MEMBERS = 8_000;
    static final int COMMUNES = 100;
    static final int TEAMS_PER_COMMUNE = 10;
    static final int TEAMS = COMMUNES * TEAMS_PER_COMMUNE;

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.langSo();
    }

    @Test
    void importEightThousandMembersWithTheirTeams() throws Exception {
        String admin = TestDatabase.createAccount("speed", PASSWORD, "ADMIN");
        String s = UUID.randomUUID().toString().substring(0, 6);
        CsvClient client = new CsvClient(base);
        StringBuilder units = new StringBuilder(OrganizationImportIT.UNITS)
                .append("SP")
                .append(s)
                .append(",Tỉnh Đo ")
                .append(s)
                .append(",tỉnh,,0,\n")
                .append("SD")
                .append(s)
                .append(",Huyện Đo,huyện,SP")
                .append(s)
                .append(",0,\n");
        StringBuilder teams = new StringBuilder(OrganizationImportIT.TEAMS);
        for (int c = 0; c < COMMUNES; c++) {
            units.append("SC")
                    .append(c)
                    .append(s)
                    .append(",Xã Đo ")
                    .append(c)
                    .append(",xã,SD")
                    .append(s)
                    .append(",1200,\n");
            for (int t = 0; t < TEAMS_PER_COMMUNE; t++) {
                teams.append("SC")
                        .append(c)
                        .append(s)
                        .append(",Tổ công nghệ số cộng đồng số ")
                        .append(t)
                        .append(",2023-03-01,true\n");
            }
        }
        assertThat(client.importCsv("units", units.toString(), admin, PASSWORD).statusCode())
                .isEqualTo(200);
        long teamStart = System.nanoTime();
        assertThat(client.importCsv("teams", teams.toString(), admin, PASSWORD).statusCode())
                .isEqualTo(200);
        report("1,000 teams", teamStart);

        long firstPhone = ThreadLocalRandom.current().nextLong(1_000_000);
        String members = members(s, firstPhone, team -> team);
        String moved = members(s, firstPhone, team -> (team + 1) % TEAMS);

        long start = System.nanoTime();
        HttpResponse<String> first = client.importCsv("members", members, admin, PASSWORD);
        report("8,000 new members with their teams", start);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(CsvClient.number(first.body(), "created")).isEqualTo(MEMBERS);

        start = System.nanoTime();
        HttpResponse<String> again = client.importCsv("members", members, admin, PASSWORD);
        report("the same 8,000 members again", start);
        assertThat(CsvClient.number(again.body(), "unchanged")).isEqualTo(MEMBERS);

        start = System.nanoTime();
        HttpResponse<String> move = client.importCsv("members", moved, admin, PASSWORD);
        report("8,000 members each moved to another team", start);
        assertThat(CsvClient.number(move.body(), "updated")).isEqualTo(MEMBERS);
    }

    /** Member i is in team i mod 1,000 (after the shift), the first of each team its leader. */
    private static String members(String s, long firstPhone, IntUnaryOperator shift) {
        StringBuilder csv = new StringBuilder(OrganizationImportIT.MEMBERS);
        for (int i = 0; i < MEMBERS; i++) {
            int team = shift.applyAsInt(i % TEAMS);
            csv.append(String.format("055%07d", firstPhone + i))
                    .append(",Người Đo Thử ")
                    .append(i)
                    .append(",,")
                    .append(1960 + i % 45)
                    .append(',')
                    .append(i % 2 == 0 ? "nữ" : "nam")
                    .append(",Đoàn Thanh niên,SC")
                    .append(team / TEAMS_PER_COMMUNE)
                    .append(s)
                    .append(",Tổ công nghệ số cộng đồng số ")
                    .append(team % TEAMS_PER_COMMUNE)
                    .append(',')
                    .append(i < TEAMS ? "LEADER" : "MEMBER")
                    .append('\n');
        }
        return csv.toString();
    }

    private static void report(String what, long startNanos) {
        System.out.printf(
                "MemberImportSpeedIT: %s imported in %,d ms%n", what, (System.nanoTime() - startNanos) / 1_000_000);
    }
}
