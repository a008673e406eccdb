package vn.langso.accounts;

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
import vn.langso.it.TestDatabase;
import vn.langso.it.WebClient;

@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SignInIT {

    static final String PASSWORD = "mat-khau-dung-1";

    @ArquillianResource
    URL base;

    WebClient browser;
    String username;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.langSo();
    }

    @BeforeEach
    void newAccountAndBrowser() throws Exception {
        username = TestDatabase.createAccount("signin", PASSWORD, "MEMBER");
        browser = new WebClient(base);
    }

    @Test
    void correctPasswordSignsInAndShowsTheHomePage() {
        HttpResponse<String> signIn = browser.signIn(username, PASSWORD);

        assertThat(signIn.statusCode()).isEqualTo(302);
        assertThat(signIn.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/index.xhtml"));
        HttpResponse<String> home = browser.get("index.xhtml");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("Xin chào").contains("Người thử " + username);
    }

    @Test
    void wrongPasswordIsRefusedWithTheSameMessageAsAnUnknownUser() {
        String wrongPassword = browser.signIn(username, "not-the-password").body();
        String unknownUser =
                new WebClient(base).signIn("nobody-" + username, PASSWORD).body();

        assertThat(refusal(wrongPassword)).isNotBlank().isEqualTo(refusal(unknownUser));
        assertThat(browser.get("index.xhtml").statusCode()).isEqualTo(302);
    }

    @Test
    void sixthAttemptInARowIsLockedOutEvenWithTheRightPassword() {
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(browser.signIn(username, "wrong-" + attempt).statusCode())
                    .isEqualTo(200);
        }

        HttpResponse<String> sixth = new WebClient(base).signIn(username, PASSWORD);

        assertThat(sixth.statusCode()).isEqualTo(200);
        assertThat(refusal(sixth.body())).contains("không thành công");
    }

    @Test
    void protectedPageRedirectsToSignInAndBackAfterSigningIn() {
        HttpResponse<String> protectedPage = browser.get("account/password.xhtml");
        assertThat(protectedPage.statusCode()).isEqualTo(302);
        assertThat(protectedPage.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login.xhtml"));

        HttpResponse<String> signIn = browser.signIn(username, PASSWORD);

        assertThat(signIn.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/account/password.xhtml"));
    }

    @Test
    void signInGivesANewSessionId() {
        String before = sessionCookie(browser.get("login.xhtml"));
        HttpResponse<String> signIn = browser.signIn(username, PASSWORD);

        assertThat(sessionCookie(signIn)).isNotNull().isNotEqualTo(before);
    }

    @Test
    void disablingAnAccountEndsItsOpenSession() throws Exception {
        browser.signIn(username, PASSWORD);
        assertThat(browser.get("index.xhtml").statusCode()).isEqualTo(200);

        try (var connection = TestDatabase.connect();
                var disable = connection.prepareStatement("update account set enabled = false where username = ?")) {
            disable.setString(1, username);
            disable.executeUpdate();
        }

        HttpResponse<String> next = browser.get("index.xhtml");
        assertThat(next.statusCode()).isEqualTo(302);
        assertThat(next.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login.xhtml"));
    }

    @Test
    void changingOwnPasswordKeepsTheSessionAndTheNewPasswordSignsIn() {
        browser.signIn(username, PASSWORD);
        String page = browser.get("account/password.xhtml").body();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("password", "password");
        form.put("password:currentPassword", PASSWORD);
        form.put("password:newPassword", "mat-khau-moi-2");
        form.put("password:confirmation", "mat-khau-moi-2");
        form.put("password:submit", "");
        form.put("jakarta.faces.ViewState", WebClient.viewState(page));

        HttpResponse<String> change = browser.post("account/password.xhtml", form);

        assertThat(change.statusCode()).isEqualTo(302);
        assertThat(browser.get("index.xhtml").statusCode()).isEqualTo(200);
        assertThat(new WebClient(base).signIn(username, "mat-khau-moi-2").statusCode())
                .isEqualTo(302);
    }

    private static String sessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';')))
                .findFirst()
                .orElse(null);
    }

    /** The text of the page's error message. */
    private static String refusal(String html) {
        int at = html.indexOf("ui-messages-error-summary");
        assertThat(at).as("an error message on the page").isPositive();
        int start = html.indexOf('>', at) + 1;
        return html.substring(start, html.indexOf('<', start));
    }
}
