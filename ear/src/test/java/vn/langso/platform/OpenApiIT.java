package vn.langso.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.langso.it.Deployments;

/** The server serves one OpenAPI document for the whole API, generated from the resources themselves. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OpenApiIT {

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.langSo();
    }

    @Test
    void theOpenApiDocumentDescribesEveryPartOfTheApi() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(base.toString()).resolve("/openapi?format=JSON"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("LangSo API", "\"openapi\"")
                .contains(
                        "\"/api/v1/visits/{id}\"",
                        "\"/api/v1/households\"",
                        "\"/api/v1/sessions/{id}/attendance\"",
                        "\"/api/v1/coverage/units\"",
                        "\"/api/v1/coverage/targets\"",
                        "\"/api/v1/reforms\"",
                        "\"/api/v1/imports/{kind}\"",
                        "\"/api/v1/me/progress\"");
    }
}
