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

/** An operator's script runs a scheduled job now through the API; only an admin may, and only a job that exists. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class JobsApiIT {

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.langSo();
    }

    @Test
    void anAdminStartsAJobRunAndOthersAreRefused() throws Exception {
        WebClient client = new WebClient(base);
        String admin = TestDatabase.createAccount("admin", TestDatabase.PASSWORD, "ADMIN");
        String coordinator = TestDatabase.createAccount("coord", TestDatabase.PASSWORD, "COORDINATOR");

        HttpResponse<String> started =
                client.postWithBasic("api/v1/jobs/village-sessions/runs", admin, TestDatabase.PASSWORD);
        HttpResponse<String> refused =
                client.postWithBasic("api/v1/jobs/village-sessions/runs", coordinator, TestDatabase.PASSWORD);
        HttpResponse<String> unknown =
                client.postWithBasic("api/v1/jobs/no-such-job/runs", admin, TestDatabase.PASSWORD);

        assertThat(started.statusCode()).isEqualTo(202);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(unknown.statusCode()).isEqualTo(404);
    }
}
