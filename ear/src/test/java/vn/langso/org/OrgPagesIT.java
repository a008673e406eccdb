package vn.langso.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
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

/** The organisation pages, as plain HTTP: what each caller's area shows, and 404 for everything else. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OrgPagesIT {

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
    void coordinatorsListsShowTheirDistrictOnly() throws Exception {
        signIn(org.account("coord", org.districtA, null, "COORDINATOR"));

        HttpResponse<String> teams = client.get("org/teams.xhtml");
        HttpResponse<String> members = client.get("org/members.xhtml");

        assertThat(teams.statusCode()).isEqualTo(200);
        assertThat(teams.body()).contains(org.teamAName()).doesNotContain(org.teamBName());
        assertThat(members.body())
                .contains("Nguyễn Văn An " + org.suffix)
                .doesNotContain("Trần Thị Bình " + org.suffix);
    }

    @Test
    void teamAndMemberPagesOfTheAreaShowTheirRecords() throws Exception {
        signIn(org.account("coord", org.districtA, null, "COORDINATOR"));

        HttpResponse<String> team = client.get("org/team.xhtml?id=" + org.teamA);
        HttpResponse<String> member = client.get("org/member.xhtml?id=" + org.memberA);

        assertThat(team.statusCode()).isEqualTo(200);
        assertThat(team.body()).contains(org.teamAName()).contains("Nguyễn Văn An " + org.suffix);
        assertThat(member.statusCode()).isEqualTo(200);
        assertThat(member.body()).contains(org.teamAName()).contains("Tổ trưởng");
    }

    @Test
    void switchingTheLanguageStaysOnTheSamePageWithItsQueryButNeverLeavesTheSite() throws Exception {
        signIn(org.account("coord", org.districtA, null, "COORDINATOR"));
        String page = client.get("org/team.xhtml?id=" + org.teamA).body();

        HttpResponse<String> switched =
                client.post("org/team.xhtml", languageSwitch(page, "/org/team.xhtml?id=" + org.teamA));
        HttpResponse<String> elsewhere = client.post("org/team.xhtml", languageSwitch(page, "//evil.example/x"));

        assertThat(switched.statusCode()).isEqualTo(302);
        assertThat(switched.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/org/team.xhtml?id=" + org.teamA));
        assertThat(client.get("org/team.xhtml?id=" + org.teamA).body()).contains("Members now", "Nguyễn Văn An");
        assertThat(elsewhere.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).doesNotContain("evil.example"));
    }

    private static Map<String, String> languageSwitch(String page, String from) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("languageForm", "languageForm");
        form.put("languageForm:en", "languageForm:en");
        form.put("from", from);
        form.put("jakarta.faces.ViewState", WebClient.viewState(page));
        return form;
    }

    @Test
    void idsOutsideTheAreaMissingOrMalformedAnswer404() throws Exception {
        signIn(org.account("coord", org.districtA, null, "COORDINATOR"));

        for (String page : new String[] {
            "org/team.xhtml?id=" + org.teamB,
            "org/member.xhtml?id=" + org.memberB,
            "org/team.xhtml?id=not-a-number",
            "org/team.xhtml",
            "org/member.xhtml?id=999999999"
        }) {
            HttpResponse<String> response = client.get(page);
            assertThat(response.statusCode()).as(page).isEqualTo(404);
            assertThat(response.body())
                    .as(page)
                    .contains("Không tìm thấy trang")
                    .doesNotContain(org.teamBName());
        }
    }

    @Test
    void aMemberWithoutAnOrganisationRoleGets404OnTheOrganisationPages() throws Exception {
        signIn(TestDatabase.createAccount("member", TestDatabase.PASSWORD, "MEMBER"));

        for (String page : new String[] {"org/units.xhtml", "org/teams.xhtml", "org/members.xhtml"}) {
            assertThat(client.get(page).statusCode()).as(page).isEqualTo(404);
        }
    }

    private void signIn(String username) {
        assertThat(client.signIn(username, TestDatabase.PASSWORD).statusCode()).isEqualTo(302);
    }
}
