package vn.langso.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.langso.it.Deployments;
import vn.langso.it.OrgFixture;
import vn.langso.it.TestDatabase;
import vn.langso.it.WebClient;
import vn.langso.learning.ReportRows;

/** Each role's home page leads with what that role has to do next. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HomePageIT {

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.langSo();
    }

    @Test
    void aMemberSeesTheCourseDueAndWhereToContinue() throws Exception {
        OrgFixture org = OrgFixture.create();
        ReportRows rows = new ReportRows(TestDatabase::connect);
        String trainer = org.account("trainer", null, null, "TRAINER");
        long due = rows.publishedCourse(trainer, "Thanh toán không dùng tiền mặt " + org.suffix, 4);
        rows.enrol(due, org.memberA, 1, 4, ReportRows.TODAY.minusDays(2));
        String member = org.account("member", null, org.memberA, "MEMBER");

        String home = signedIn(member).get("index.xhtml").body();

        assertThat(section(home, "homeDue"))
                .contains("Thanh toán không dùng tiền mặt " + org.suffix)
                .contains("quá hạn");
        assertThat(section(home, "homeContinue"))
                .contains("Thanh toán không dùng tiền mặt " + org.suffix)
                .contains("đã xong 25%");
    }

    @Test
    void aTrainerSeesTheCoursesWithChangesNotYetPublished() throws Exception {
        OrgFixture org = OrgFixture.create();
        ReportRows rows = new ReportRows(TestDatabase::connect);
        String trainer = org.account("trainer", null, null, "TRAINER");
        rows.draftCourse(trainer, "Nhận diện lừa đảo " + org.suffix);

        String home = signedIn(trainer).get("index.xhtml").body();

        assertThat(section(home, "homeDrafts")).contains("Nhận diện lừa đảo " + org.suffix);
        assertThat(home).doesNotContain("id=\"homeDue\"");
    }

    @Test
    void anAdminSeesTheJobsAndTheOpenFlags() throws Exception {
        String admin = TestDatabase.createAccount("home", TestDatabase.PASSWORD, "ADMIN");

        String home = signedIn(admin).get("index.xhtml").body();

        assertThat(section(home, "homeAttention"))
                .containsAnyOf("công việc định kỳ")
                .contains("cảnh báo chất lượng");
        assertThat(home).contains("accountTotal");
    }

    private WebClient signedIn(String username) {
        WebClient client = new WebClient(base);
        assertThat(client.signIn(username, TestDatabase.PASSWORD).statusCode()).isEqualTo(302);
        return client;
    }

    /** The HTML of the section with the id, up to the next section. */
    private static String section(String html, String id) {
        int start = html.indexOf("id=\"" + id + "\"");
        assertThat(start).as("a section " + id).isPositive();
        int end = html.indexOf("</section>", start);
        return html.substring(start, end);
    }
}
