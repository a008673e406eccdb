package vn.langso.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
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
class HealthIT {

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.langSo();
    }

    @Test
    void healthAnswersWithoutSignInWithTheRealDatabaseAndSchedulerState() throws Exception {
        HttpResponse<String> response = new WebClient(base).get("api/v1/health");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(response.body())
                .contains("\"status\":\"UP\"")
                .contains("\"reachable\":true")
                .contains("\"schemaVersion\":\"" + latestMigration() + "\"")
                .contains("\"started\":true")
                .contains("\"clustered\":true")
                .contains("\"version\":\"0.1.0-SNAPSHOT\"")
                .doesNotContain("instanceId")
                .doesNotContain("localhost");
    }

    private static String latestMigration() throws Exception {
        try (Connection connection = TestDatabase.connect();
                ResultSet rows = connection
                        .createStatement()
                        .executeQuery(
                                "select version from flyway_schema_history order by installed_rank desc limit 1")) {
            rows.next();
            return rows.getString(1);
        }
    }
}
