package vn.langso.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
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
 * The notifications page over HTTP, in Vietnamese: a renewal reminder shows to its member, with the unread count in
 * the header, and to no one else.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NotificationPagesIT {

    @ArquillianResource
    URL base;

    OrgFixture org;
    String memberA;
    String memberB;
    String skill;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.langSo();
    }

    @BeforeEach
    void aReminderForMemberA() throws Exception {
        org = OrgFixture.create();
        memberA = org.account("tovien", null, org.memberA, "MEMBER");
        memberB = org.account("tovien", null, org.memberB, "MEMBER");
        skill = "Thanh toán số " + org.suffix;
        new CertificateRows(TestDatabase::connect)
                .notification(
                        org.memberA,
                        "certificate-renewal:page:" + org.suffix,
                        "notifications.certificateRenewal",
                        skill + "\u001F15/12/2026");
    }

    @Test
    void theReminderShowsToItsMemberWithTheUnreadCount() {
        WebClient web = new WebClient(base);
        web.signIn(memberA, TestDatabase.PASSWORD);

        HttpResponse<String> page = web.get("notifications/list.xhtml");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("Chứng nhận kỹ năng \"" + skill + "\" của bạn hết hạn ngày 15/12/2026")
                .contains("/certification/my.xhtml")
                .containsPattern("id=\"unreadCount\"[^>]*>1<");
    }

    @Test
    void anotherMemberSeesNoneOfIt() {
        WebClient web = new WebClient(base);
        web.signIn(memberB, TestDatabase.PASSWORD);

        HttpResponse<String> page = web.get("notifications/list.xhtml");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).doesNotContain(skill).contains("Bạn chưa có thông báo nào.");
        assertThat(page.body()).doesNotContain("id=\"unreadCount\"");
    }
}
