package vn.langso.visits;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Base64;
import java.util.UUID;
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
import vn.langso.it.WebClient;

/** The field pages as plain HTTP: what each role sees of its area, and 404 outside it or without the role. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class VisitPagesIT {

    @ArquillianResource
    URL base;

    OrgFixture org;
    FieldRows rows;
    long household;
    String member;
    String leader;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.langSo();
    }

    @BeforeEach
    void aVisitWithAFlagAndAFollowUp() throws Exception {
        org = OrgFixture.create();
        rows = new FieldRows(TestDatabase::connect);
        long hamlet = org.hamlet(org.communeA, "Ấp Thạnh");
        household = rows.household(hamlet, "Trương Thị Tám " + org.suffix, "4", "0912000111");
        member = org.account("tovien", null, org.memberA, "MEMBER");
        leader = org.account(
                "totruong", org.communeA, org.teamMember(org.teamA, "Lâm Văn Chín"), "TEAM_LEADER", "MEMBER");
        LocalDateTime twoDaysAgo =
                LocalDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh")).minusDays(2).withNano(0);
        String body = "{\"householdId\":" + household + ",\"visitedAt\":\"" + twoDaysAgo
                + "\",\"services\":[{\"code\":\"VNEID\",\"outcome\":\"PARTIAL\"}],\"accuracyMeters\":250,"
                + "\"latitude\":10.3,\"longitude\":106.3}";
        HttpResponse<String> stored = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(base + "api/v1/visits/" + UUID.randomUUID()))
                                .header("Authorization", basic(member))
                                .header("Content-Type", "application/json")
                                .PUT(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(stored.statusCode()).as(stored.body()).isEqualTo(201);
    }

    @Test
    void aMemberSeesTheHouseholdItsHistoryTheirVisitsAndFollowUps() throws Exception {
        WebClient client = signedIn(member);

        assertThat(client.get("visits/households.xhtml").body()).contains("Trương Thị Tám " + org.suffix);
        assertThat(client.get("visits/household.xhtml?id=" + household).body())
                .contains("Trương Thị Tám " + org.suffix, "Làm một phần", "Vị trí GPS sai số trên 100 m");
        assertThat(client.get("visits/visits.xhtml").body()).contains("Trương Thị Tám " + org.suffix);
        assertThat(client.get("visits/follow-ups.xhtml").body()).contains("Trương Thị Tám " + org.suffix);
        assertThat(client.get("account/devices.xhtml").statusCode()).isEqualTo(200);
        assertThat(client.get("visits/flags.xhtml").statusCode()).isEqualTo(404);
        assertThat(client.get("visits/gates.xhtml").statusCode()).isEqualTo(404);
    }

    @Test
    void aTeamLeaderSeesTheFlagsOfTheTeamsArea() throws Exception {
        WebClient client = signedIn(leader);

        assertThat(client.get("visits/flags.xhtml").body()).contains("Vị trí GPS sai số trên 100 m");
        assertThat(client.get("visits/visits.xhtml").body()).contains("Trương Thị Tám " + org.suffix);
    }

    @Test
    void aCoordinatorOfAnotherDistrictGetsNotFoundForTheHousehold() throws Exception {
        WebClient client = signedIn(org.account("dieuphoi", org.districtB, null, "COORDINATOR"));

        assertThat(client.get("visits/household.xhtml?id=" + household).statusCode())
                .isEqualTo(404);
        assertThat(client.get("visits/households.xhtml").body()).doesNotContain("Trương Thị Tám " + org.suffix);
        assertThat(client.get("visits/export/households.csv?unit=" + org.districtA)
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void anAdminMapsServicesToSkills() throws Exception {
        WebClient client = signedIn(org.account("quantri", null, null, "ADMIN"));

        assertThat(client.get("visits/gates.xhtml").body()).contains("Định danh điện tử VNeID");
    }

    private WebClient signedIn(String username) {
        WebClient client = new WebClient(base);
        client.signIn(username, AccountRows.PASSWORD);
        return client;
    }

    private static String basic(String username) {
        return "Basic "
                + Base64.getEncoder()
                        .encodeToString((username + ":" + AccountRows.PASSWORD).getBytes(StandardCharsets.UTF_8));
    }
}
