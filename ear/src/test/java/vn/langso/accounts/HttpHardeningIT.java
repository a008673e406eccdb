package vn.langso.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.langso.it.Deployments;
import vn.langso.it.RawHttp;
import vn.langso.it.RawHttp.Answer;
import vn.langso.it.TestDatabase;
import vn.langso.it.WebClient;

/** What every answer carries, which Host names are believed, and how wrong passwords from one address are paused. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HttpHardeningIT {

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.langSo();
    }

    @Test
    void pagesRedirectsApiRefusalsAndFilesAllCarryTheSecurityHeaders() {
        WebClient browser = new WebClient(base);
        List<HttpResponse<String>> answers = List.of(
                browser.get("login.xhtml"),
                browser.get("accounts/accounts.xhtml"),
                browser.get("api/v1/me"),
                browser.get("api/v1/health"),
                browser.get("field/index.html"));

        for (HttpResponse<String> answer : answers) {
            assertThat(answer.headers().firstValue("Content-Security-Policy"))
                    .as(answer.uri().toString())
                    .hasValueSatisfying(csp -> assertThat(csp)
                            .contains("default-src 'self'")
                            .contains("frame-ancestors 'none'")
                            .contains("object-src 'none'"));
            assertThat(answer.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(answer.headers().firstValue("X-Frame-Options")).hasValue("DENY");
            assertThat(answer.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        }
    }

    @Test
    void theSessionCookieIsSameSiteLaxAndHttpOnlyAndNotSecureOverPlainHttp() {
        HttpResponse<String> login = new WebClient(base).get("login.xhtml");

        String cookie = login.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow();
        assertThat(cookie).containsIgnoringCase("SameSite=Lax").containsIgnoringCase("HttpOnly");
        assertThat(cookie).doesNotContainIgnoringCase("Secure");
    }

    @Test
    void aHostNameThatIsNotThisServersIsRefusedBeforeAnyRedirectIsBuiltFromIt() {
        Answer forged = RawHttp.to(base).get("accounts/accounts.xhtml", Map.of("Host", "evil.example"));

        assertThat(forged.status()).isEqualTo(421);
        assertThat(forged.headers()).doesNotContainKey("location");
        assertThat(forged.headers().get("content-type")).startsWith("application/problem+json");
        assertThat(forged.body()).doesNotContain("evil.example");

        Answer own = RawHttp.to(base).get("accounts/accounts.xhtml", Map.of("Host", "localhost:" + base.getPort()));
        assertThat(own.status()).isEqualTo(302);
        assertThat(own.headers().get("location")).startsWith("http://localhost:" + base.getPort() + "/");
    }

    @Test
    void wrongPasswordsFromOneAddressKeepItPausedButTheOwnerElsewhereGetsInOnceTheShortLockEnds() throws Exception {
        String username = TestDatabase.createAccount("throttle", "dung-mat-khau-1", "MEMBER");
        RawHttp attacker = RawHttp.to(base);
        RawHttp owner = RawHttp.to(base).from("127.0.0.2");
        for (int guess = 1; guess <= 5; guess++) {
            assertThat(attacker.getWithBasic("api/v1/me", username, "doan-" + guess)
                            .status())
                    .isEqualTo(401);
        }
        assertThat(owner.getWithBasic("api/v1/me", username, "dung-mat-khau-1").status())
                .as("the account is locked for everyone for a few minutes")
                .isEqualTo(401);

        endTheAccountLock(username);

        assertThat(owner.getWithBasic("api/v1/me", username, "dung-mat-khau-1").status())
                .as("the owner from another address")
                .isEqualTo(200);
        assertThat(attacker.getWithBasic("api/v1/me", username, "dung-mat-khau-1")
                        .status())
                .as("the guessing address, even with the right password")
                .isEqualTo(401);
    }

    @Test
    void apiErrorsAreLocalizedProblemsThatNameNoInternals() throws Exception {
        String member = TestDatabase.createAccount("errors", TestDatabase.PASSWORD, "MEMBER");
        RawHttp api = RawHttp.to(base);
        String basic = "Basic "
                + java.util.Base64.getEncoder()
                        .encodeToString((member + ":" + TestDatabase.PASSWORD).getBytes(StandardCharsets.UTF_8));

        Answer unknownPath = api.get("api/v1/no-such-thing", Map.of("Authorization", basic, "Accept-Language", "vi"));
        Answer forbidden = api.get("api/v1/members", Map.of("Authorization", basic, "Accept-Language", "vi"));
        Answer notAcceptable = api.get("api/v1/me", Map.of("Authorization", basic, "Accept", "image/png"));

        assertThat(unknownPath.status()).isEqualTo(404);
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(notAcceptable.status()).isEqualTo(406);
        for (Answer answer : List.of(unknownPath, forbidden, notAcceptable)) {
            assertThat(answer.headers().get("content-type")).startsWith("application/problem+json");
            assertThat(answer.body())
                    .doesNotContainIgnoringCase("resteasy")
                    .doesNotContain("Exception")
                    .doesNotContain("no-such-thing");
        }
        assertThat(unknownPath.body()).contains("API của LangSo không có địa chỉ này");
        assertThat(forbidden.body()).contains("Vai trò của bạn không được làm việc này");
    }

    /** The minutes of the account's lock, passed. */
    private static void endTheAccountLock(String username) throws Exception {
        try (Connection connection = TestDatabase.connect();
                PreparedStatement update = connection.prepareStatement(
                        "update account set locked_until = null, failed_sign_ins = 0 where username = ?")) {
            update.setString(1, username);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }
}
