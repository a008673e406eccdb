package vn.langso.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
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
    void aForgedViewStateAnswersTheExpiredPageWithAClientErrorNotA500() {
        browser.signIn(username, PASSWORD);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("password", "password");
        form.put("password:currentPassword", PASSWORD);
        form.put("password:submit", "");
        form.put("jakarta.faces.ViewState", "-123456789:987654321");

        HttpResponse<String> forged = browser.post("account/password.xhtml", form);

        assertThat(forged.statusCode()).isEqualTo(400);
        assertThat(forged.body()).contains("Phiên làm việc đã hết hạn");
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

    /** The sign-in check once skipped Faces' resources by the raw URI, before the container normalised the path. */
    @Test
    void aDisabledAccountsSessionOpensNoPageHoweverItsPathIsSpelt() throws Exception {
        List<String> spellings = List.of(
                "jakarta.faces.resource/./../index.xhtml",
                "jakarta.faces.resource/%2e%2e/index.xhtml",
                "jakarta.faces.resource/%2E%2E/index.xhtml",
                "jakarta.faces.resource/..;x=1/index.xhtml",
                "jakarta.faces.resource//../index.xhtml",
                "jakarta.faces.resource;x=1/../index.xhtml");
        for (String spelling : spellings) {
            WebClient session = new WebClient(base);
            setEnabled(true);
            session.signIn(username, PASSWORD);
            assertThat(session.get("index.xhtml").statusCode()).isEqualTo(200);
            setEnabled(false);

            HttpResponse<String> next = session.getAsWritten(spelling);
            assertThat(next.statusCode()).as(spelling).isNotEqualTo(200);
            assertThat(next.body()).as(spelling).doesNotContain("jakarta.faces.ViewState");
        }
    }

    private void setEnabled(boolean enabled) throws Exception {
        try (var connection = TestDatabase.connect();
                var update = connection.prepareStatement("update account set enabled = ? where username = ?")) {
            update.setBoolean(1, enabled);
            update.setString(2, username);
            update.executeUpdate();
        }
    }

    @Test
    void changingOwnPasswordKeepsTheSessionAndTheNewPasswordSignsIn() {
        browser.signIn(username, PASSWORD);

        HttpResponse<String> change = changePassword(PASSWORD, "ngay mai troi lai sang");

        assertThat(change.statusCode()).isEqualTo(302);
        assertThat(browser.get("index.xhtml").statusCode()).isEqualTo(200);
        assertThat(new WebClient(base)
                        .signIn(username, "ngay mai troi lai sang")
                        .statusCode())
                .isEqualTo(302);
    }

    @Test
    void weakNewPasswordsAreRefusedEachWithItsReason() {
        browser.signIn(username, PASSWORD);

        assertThat(changePassword(PASSWORD, "ngan-qua").body()).contains("cần ít nhất 12 ký tự");
        assertThat(changePassword(PASSWORD, "aaaaaaaaaaaa").body()).contains("quá đơn giản");
        assertThat(changePassword(PASSWORD, "matkhau2026!!").body()).contains("quá phổ biến");
        assertThat(changePassword(PASSWORD, "toi la " + username + " day").body())
                .contains("không được chứa tên đăng nhập");
        assertThat(new WebClient(base).signIn(username, PASSWORD).statusCode())
                .as("the password is unchanged")
                .isEqualTo(302);
    }

    @Test
    void guessesOfTheCurrentPasswordCountTowardTheLockout() {
        browser.signIn(username, PASSWORD);

        for (int guess = 1; guess <= 5; guess++) {
            changePassword("doan-thu-" + guess, "ngay mai troi lai sang");
        }
        HttpResponse<String> withTheRightOne = changePassword(PASSWORD, "ngay mai troi lai sang");

        assertThat(withTheRightOne.body()).contains("tạm khoá");
        HttpResponse<String> signIn = new WebClient(base).signIn(username, PASSWORD);
        assertThat(signIn.statusCode()).as("locked for sign-in too").isEqualTo(200);
    }

    private HttpResponse<String> changePassword(String current, String newPassword) {
        String page = browser.get("account/password.xhtml").body();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("password", "password");
        form.put("password:currentPassword", current);
        form.put("password:newPassword", newPassword);
        form.put("password:confirmation", newPassword);
        form.put("password:submit", "");
        form.put("jakarta.faces.ViewState", WebClient.viewState(page));
        return browser.post("account/password.xhtml", form);
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
