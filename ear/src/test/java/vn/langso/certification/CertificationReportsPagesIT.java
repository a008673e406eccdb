package vn.langso.certification;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Clock;
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
import vn.langso.kernel.LocalDates;
import vn.langso.notifications.CertificateRows;

/**
 * The certification report pages and CSV over HTTP: the team leader's table, the coordinator's units with their CSV,
 * and 404 / 403 outside the caller's area or role.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CertificationReportsPagesIT {

    @ArquillianResource
    URL base;

    OrgFixture org;
    String leader;
    String coordinator;
    String member;
    String skill;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.langSo();
    }

    @BeforeEach
    void aCertifiedLeader() throws Exception {
        org = OrgFixture.create();
        CertificateRows certificates = new CertificateRows(TestDatabase::connect);
        LocalDate today = LocalDates.today(Clock.systemUTC());
        skill = "Chữ ký số " + org.suffix;
        long skillId = certificates.skill("CKS" + org.suffix, skill);
        certificates.certificate(org.memberA, skillId, "ACTIVE", today.plusDays(5));
        leader = org.account("leader", org.communeA, org.memberA, "TEAM_LEADER", "MEMBER");
        coordinator = org.account("coord", org.districtA, null, "COORDINATOR");
        member = org.account("tovien", null, org.memberB, "MEMBER");
    }

    @Test
    void theTeamLeaderSeesTheirTeamWithTheCertificateExpiringSoon() {
        HttpResponse<String> page = signedIn(leader).get("certification/team.xhtml");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains(org.teamAName())
                .contains("Nguyễn Văn An " + org.suffix)
                .contains(skill)
                .contains("Sắp hết hạn")
                .doesNotContain("Trần Thị Bình " + org.suffix);
    }

    @Test
    void theCoordinatorSeesTheirUnitsAndDownloadsTheCsv() {
        WebClient web = signedIn(coordinator);

        HttpResponse<String> page = web.get("certification/units.xhtml");
        HttpResponse<String> csv = web.get("certification/export/units.csv?unit=" + org.districtA);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Bình Phục Nhứt " + org.suffix).contains(skill);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(csv.body())
                .startsWith("\uFEFFunit_code,unit,skill_code,skill,")
                .contains(org.code("CA") + ",Bình Phục Nhứt " + org.suffix + ",CKS" + org.suffix + "," + skill
                        + ",1,1,0,100");
    }

    @Test
    void outsideTheAreaIsNotFoundAndAMemberIsRefused() {
        WebClient web = signedIn(coordinator);
        assertThat(web.get("certification/units.xhtml?unit=" + org.districtB).statusCode())
                .isEqualTo(404);
        assertThat(web.get("certification/export/units.csv?unit=" + org.communeB)
                        .statusCode())
                .isEqualTo(404);

        WebClient plainMember = signedIn(member);
        assertThat(plainMember.get("certification/units.xhtml").statusCode()).isEqualTo(404);
        assertThat(plainMember.get("certification/team.xhtml").statusCode()).isEqualTo(404);
        assertThat(plainMember.get("certification/export/units.csv").statusCode())
                .isEqualTo(403);
    }

    private WebClient signedIn(String username) {
        WebClient web = new WebClient(base);
        web.signIn(username, TestDatabase.PASSWORD);
        return web;
    }
}
