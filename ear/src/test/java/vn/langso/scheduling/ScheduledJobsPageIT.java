package vn.langso.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.langso.it.Deployments;
import vn.langso.it.TestDatabase;
import vn.langso.it.WebClient;

/** The admin's job page over HTTP: the nightly job with its title and schedule for an admin, 404 for anyone else. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ScheduledJobsPageIT {

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.langSo();
    }

    @Test
    void anAdminSeesTheNightlyJobWithItsScheduleAndRunNow() throws Exception {
        WebClient web = new WebClient(base);
        web.signIn(TestDatabase.createAccount("admin", TestDatabase.PASSWORD, "ADMIN"), TestDatabase.PASSWORD);

        HttpResponse<String> page = web.get("admin/jobs.xhtml");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("Hết hạn và nhắc gia hạn chứng nhận")
                .contains("certificate-expiry")
                .contains("0 0 2 * * ?")
                .contains("Chạy ngay");
    }

    @Test
    void aCoordinatorGetsNotFound() throws Exception {
        WebClient web = new WebClient(base);
        web.signIn(TestDatabase.createAccount("coord", TestDatabase.PASSWORD, "COORDINATOR"), TestDatabase.PASSWORD);

        assertThat(web.get("admin/jobs.xhtml").statusCode()).isEqualTo(404);
    }
}
