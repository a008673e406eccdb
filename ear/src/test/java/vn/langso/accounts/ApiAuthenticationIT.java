package vn.langso.accounts;

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

@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiAuthenticationIT {

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.langSo();
    }

    @Test
    void apiWithoutCredentialsAnswers401ProblemJsonNotARedirect() {
        HttpResponse<String> response = new WebClient(base).get("api/v1/me");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(response.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(h -> assertThat(h).startsWith("Basic"));
        assertThat(response.body()).contains("\"status\":401");
    }

    @Test
    void apiWithWrongPasswordAnswers401() throws Exception {
        String username = TestDatabase.createAccount("api", "dung-mat-khau", "TRAINER");

        HttpResponse<String> response = new WebClient(base).getWithBasic("api/v1/me", username, "sai-mat-khau");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).contains("\"status\":401");
    }

    @Test
    void apiWithBasicCredentialsAnswersTheCaller() throws Exception {
        String username = TestDatabase.createAccount("api", "dung-mat-khau", "TRAINER");

        HttpResponse<String> response = new WebClient(base).getWithBasic("api/v1/me", username, "dung-mat-khau");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("\"username\":\"" + username + "\"")
                .contains("TRAINER");
    }

    @Test
    void rememberedApiCredentialsStopWorkingAtOnceWhenTheAccountIsDisabled() throws Exception {
        String username = TestDatabase.createAccount("api-off", "dung-mat-khau", "TRAINER");
        WebClient client = new WebClient(base);
        assertThat(client.getWithBasic("api/v1/me", username, "dung-mat-khau").statusCode())
                .isEqualTo(200);

        try (var connection = TestDatabase.connect();
                var disable = connection.prepareStatement("update account set enabled = false where username = ?")) {
            disable.setString(1, username);
            disable.executeUpdate();
        }

        assertThat(client.getWithBasic("api/v1/me", username, "dung-mat-khau").statusCode())
                .isEqualTo(401);
    }

    @Test
    void lockedAccountIsRefusedByTheApiToo() throws Exception {
        String username = TestDatabase.createAccount("api-lock", "dung-mat-khau", "MEMBER");
        WebClient client = new WebClient(base);
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(client.getWithBasic("api/v1/me", username, "sai-" + attempt)
                            .statusCode())
                    .isEqualTo(401);
        }

        assertThat(client.getWithBasic("api/v1/me", username, "dung-mat-khau").statusCode())
                .isEqualTo(401);
    }
}
