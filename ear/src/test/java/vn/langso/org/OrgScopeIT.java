package vn.langso.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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

/** Area scope through the API, which calls the same boundaries as the pages: inside answers, outside is 404. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OrgScopeIT {

    @ArquillianResource
    URL base;

    OrgFixture org;
    WebClient client;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.langSo();
    }

    @BeforeEach
    void ownOrganisation() throws Exception {
        org = OrgFixture.create();
        client = new WebClient(base);
    }

    @Test
    void coordinatorSeesTeamsOfTheirDistrictOnly() throws Exception {
        String coordinator = org.account("coord", org.districtA, null, "COORDINATOR");

        String teams = get(coordinator, "api/v1/teams?q=" + encode(org.suffix)).body();

        assertThat(teams)
                .contains(org.teamAName())
                .doesNotContain(org.teamBName())
                .contains("\"total\":1");
    }

    @Test
    void coordinatorGets404ForEveryRecordOfAnotherDistrict() throws Exception {
        String coordinator = org.account("coord", org.districtA, null, "COORDINATOR");

        assertThat(get(coordinator, "api/v1/teams/" + org.teamB).statusCode()).isEqualTo(404);
        assertThat(get(coordinator, "api/v1/units/" + org.code("DB")).statusCode())
                .isEqualTo(404);
        assertThat(get(coordinator, "api/v1/units?parent=" + org.code("DB")).statusCode())
                .isEqualTo(404);
        assertThat(get(coordinator, "api/v1/members/" + org.memberB).statusCode())
                .isEqualTo(404);
        HttpResponse<String> members = get(coordinator, "api/v1/members?team=" + org.teamB);
        assertThat(members.statusCode()).isEqualTo(404);
        assertThat(members.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    }

    @Test
    void coordinatorSeesRecordsOfTheirOwnDistrict() throws Exception {
        String coordinator = org.account("coord", org.districtA, null, "COORDINATOR");

        assertThat(get(coordinator, "api/v1/teams/" + org.teamA).body()).contains(org.teamAName());
        assertThat(get(coordinator, "api/v1/members/" + org.memberA).statusCode())
                .isEqualTo(200);
        assertThat(get(coordinator, "api/v1/units?parent=" + org.code("DA")).body())
                .contains(org.code("CA"))
                .doesNotContain(org.code("CB"));
    }

    @Test
    void adminSeesBothDistricts() throws Exception {
        String admin = org.account("admin", null, null, "ADMIN");

        String teams = get(admin, "api/v1/teams?q=" + encode(org.suffix)).body();

        assertThat(teams).contains(org.teamAName()).contains(org.teamBName());
        assertThat(get(admin, "api/v1/units?parent=" + org.code("P")).body())
                .contains(org.code("DA"))
                .contains(org.code("DB"));
    }

    @Test
    void teamLeaderSeesTheirCommuneOnly() throws Exception {
        String leader = org.account("leader", org.communeA, org.memberA, "TEAM_LEADER", "MEMBER");

        assertThat(get(leader, "api/v1/members?team=" + org.teamA).body()).contains("Nguyễn Văn An");
        assertThat(get(leader, "api/v1/teams/" + org.teamB).statusCode()).isEqualTo(404);
        assertThat(get(leader, "api/v1/units/" + org.code("DA")).statusCode()).isEqualTo(404);
    }

    @Test
    void aTeamLeaderReachesTheMembersOfHisOwnTeamNotThoseOfTheOtherTeamsOfHisCommune() throws Exception {
        String leader = org.account("leader", org.communeA, org.memberA, "TEAM_LEADER", "MEMBER");
        long otherTeam = org.team(org.communeA, "Tổ bên cạnh");
        long neighbour = org.teamMember(otherTeam, "Lê Thị Hàng Xóm");
        org.teamMember(org.teamA, "Phạm Văn Cùng Tổ");
        String neighboursPhone = TestDatabase.text("select phone from member where id = ?", neighbour);

        String everyone = get(leader, "api/v1/members?size=200").body();
        assertThat(everyone)
                .contains("Phạm Văn Cùng Tổ")
                .doesNotContain("Hàng Xóm")
                .doesNotContain(neighboursPhone);
        assertThat(get(leader, "api/v1/members?team=" + otherTeam).body()).doesNotContain("Hàng Xóm");
        assertThat(get(leader, "api/v1/members/" + neighbour).statusCode()).isEqualTo(404);

        WebClient pages = new WebClient(base);
        pages.signIn(leader, TestDatabase.PASSWORD);
        String otherTeamsPage = pages.get("org/team.xhtml?id=" + otherTeam).body();
        assertThat(otherTeamsPage).contains("Hàng Xóm").doesNotContain(neighboursPhone);
        assertThat(pages.get("org/member.xhtml?id=" + neighbour).body()).doesNotContain(neighboursPhone);
    }

    @Test
    void aMembersPageShowsOnlyThePastTeamsInsideTheCallersArea() throws Exception {
        String coordinator = org.account("coord", org.districtA, null, "COORDINATOR");
        long mover = org.teamMember(org.teamA, "Võ Văn Chuyển");
        TestDatabase.update(
                "insert into team_membership (team_id, member_id, team_role, started_on, ended_on)"
                        + " values (?, ?, 'MEMBER', '2023-01-01', '2023-12-31')",
                org.teamB,
                mover);

        WebClient pages = new WebClient(base);
        pages.signIn(coordinator, TestDatabase.PASSWORD);
        String page = pages.get("org/member.xhtml?id=" + mover).body();

        assertThat(page).contains("Võ Văn Chuyển").contains(org.teamAName()).doesNotContain(org.teamBName());
    }

    @Test
    void membersAndTrainersHaveNoOrganisationApi() throws Exception {
        String member = org.account("member", null, org.memberA, "MEMBER");
        String trainer = org.account("trainer", null, null, "TRAINER");

        assertThat(get(member, "api/v1/teams").statusCode()).isEqualTo(403);
        assertThat(get(trainer, "api/v1/members").statusCode()).isEqualTo(403);
    }

    @Test
    void coordinatorWithoutAnAreaSeesNothing() throws Exception {
        String coordinator = org.account("coord", null, null, "COORDINATOR");

        assertThat(get(coordinator, "api/v1/teams?q=" + encode(org.suffix)).body())
                .contains("\"total\":0");
        assertThat(get(coordinator, "api/v1/teams/" + org.teamA).statusCode()).isEqualTo(404);
    }

    @Test
    void searchIgnoresDiacriticsAndCase() throws Exception {
        String admin = org.account("admin", null, null, "ADMIN");

        String teams = get(admin, "api/v1/teams?q=" + encode("to cho gao thu " + org.suffix))
                .body();
        String members = get(admin, "api/v1/members?q=" + encode("NGUYEN VAN AN " + org.suffix))
                .body();

        assertThat(teams).contains(org.teamAName()).doesNotContain(org.teamBName());
        assertThat(members).contains("Nguyễn Văn An " + org.suffix);
    }

    @Test
    void listsArePagedWithATotal() throws Exception {
        String admin = org.account("admin", null, null, "ADMIN");

        String page = get(admin, "api/v1/teams?q=" + encode(org.suffix) + "&size=1&page=1&sort=name")
                .body();

        assertThat(page).contains("\"total\":2").contains("\"page\":1").contains("\"size\":1");
        assertThat(page).contains(org.teamBName());
    }

    private HttpResponse<String> get(String username, String path) {
        return client.getWithBasic(path, username, TestDatabase.PASSWORD);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
