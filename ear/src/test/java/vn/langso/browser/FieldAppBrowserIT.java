package vn.langso.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.langso.it.AccountRows;
import vn.langso.it.Browser;
import vn.langso.it.Deployments;
import vn.langso.it.OrgFixture;
import vn.langso.it.TestDatabase;
import vn.langso.visits.FieldRows;

/**
 * A member on a phone-sized screen opens the field app, loses the signal, logs two visits, gets the signal back:
 * both are sent and stored once, and the team leader finds them in the team's visits.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FieldAppBrowserIT {

    @ArquillianResource
    URL base;

    ChromeDriver browser;
    WebDriverWait wait;
    OrgFixture org;
    FieldRows rows;
    long first;
    long second;
    String member;
    String leader;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.langSo();
    }

    @BeforeEach
    void memberWithTwoHouseholds() throws Exception {
        org = OrgFixture.create();
        rows = new FieldRows(TestDatabase::connect);
        long hamlet = org.hamlet(org.communeA, "Ấp Bình Hòa");
        first = rows.household(hamlet, "Huỳnh Thị Sáu " + org.suffix, "8", null);
        second = rows.household(hamlet, "Ngô Văn Bảy " + org.suffix, "9", null);
        member = org.account("tovien", null, org.memberA, "MEMBER");
        long teammate = org.teamMember(org.teamA, "Tổ trưởng thử");
        leader = org.account("totruong", org.communeA, teammate, "TEAM_LEADER", "MEMBER");
        browser = Browser.start();
        browser.manage().window().setSize(new Dimension(390, 844));
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @AfterEach
    void closeBrowser(TestInfo test) {
        Browser.keepLastPage(
                browser,
                getClass().getSimpleName() + "-"
                        + test.getTestMethod().orElseThrow().getName());
        browser.quit();
    }

    @Test
    void twoVisitsLoggedOfflineAreSentOnceWhenTheSignalReturns() throws Exception {
        signIn();

        offline(true);
        waitFor("#online-status[data-state='offline']");
        logVisit("huynh thi sau", "VNEID", "DONE");
        waitFor("body[data-unsent='1']");
        logVisit("ngo van bay", "CASHLESS", "PARTIAL");
        waitFor("body[data-unsent='2']");
        assertThat(rows.count("select count(*) from visit where household_id in (?, ?)", first, second))
                .isZero();

        offline(false);
        waitFor("#online-status[data-state='online']");
        browser.findElement(By.id("send-now")).click();
        waitFor("body[data-unsent='0'][data-flushing='false']");

        assertThat(rows.count("select count(*) from visit where household_id = ?", first))
                .isEqualTo(1);
        assertThat(rows.count("select count(*) from visit where household_id = ?", second))
                .isEqualTo(1);
        String teamVisits = get(leader, "api/v1/visits?team=" + org.teamA + "&size=200");
        assertThat(occurrences(teamVisits, "Huỳnh Thị Sáu " + org.suffix)).isEqualTo(1);
        assertThat(occurrences(teamVisits, "Ngô Văn Bảy " + org.suffix)).isEqualTo(1);
    }

    @Test
    void aSentVisitIsEditedFromTheRecentVisitsUnderItsOwnIdAsANewVersion() throws Exception {
        signIn();
        logVisit("huynh thi sau", "VNEID", "DECLINED");
        waitFor("body[data-unsent='0'][data-flushing='false']");
        String id = rows.string("select id from visit where household_id = ?", first);

        browser.findElement(By.id("nav-visits")).click();
        wait.until(ExpectedConditions.elementToBeClickable(
                        By.cssSelector("li.visit[data-id='" + id + "'] button.sent-edit")))
                .click();
        WebElement form = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("visit-form")));
        assertThat(browser.findElement(By.id("visit-title")).getText()).isEqualTo("Sửa lượt thăm");
        WebElement row = form.findElement(By.cssSelector(".service-row[data-code='VNEID']"));
        assertThat(row.findElement(By.cssSelector("input.service-on")).isSelected())
                .isTrue();
        new Select(row.findElement(By.cssSelector("select.service-outcome"))).selectByValue("NOT_ELIGIBLE");
        browser.findElement(By.id("visit-save")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("visit-form")));
        waitFor("body[data-unsent='0'][data-flushing='false']");

        assertThat(rows.count("select count(*) from visit where household_id = ?", first))
                .isEqualTo(1);
        assertThat(rows.count("select version from visit where id = ?", id)).isEqualTo(2);
        assertThat(rows.count("select count(*) from visit_service where visit_id = ? and outcome = 'NOT_ELIGIBLE'", id))
                .isEqualTo(1);
        assertThat(rows.count("select count(*) from visit_version where visit_id = ?", id))
                .isEqualTo(2);
    }

    private void signIn() {
        browser.get(base + "field/");
        waitFor("body[data-ready='true'][data-screen='signin']");
        browser.findElement(By.id("signin-username")).sendKeys(member);
        browser.findElement(By.id("signin-password")).sendKeys(AccountRows.PASSWORD);
        browser.findElement(By.id("signin-submit")).click();
        waitFor("body[data-ready='true'][data-screen='app']");
    }

    private void logVisit(String search, String service, String outcome) {
        browser.findElement(By.id("nav-households")).click();
        WebElement box = browser.findElement(By.id("household-search"));
        box.clear();
        box.sendKeys(search);
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("li.household"), 1));
        browser.findElement(By.cssSelector("li.household button.log-visit")).click();
        WebElement form = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("visit-form")));
        WebElement row = form.findElement(By.cssSelector(".service-row[data-code='" + service + "']"));
        WebElement on = row.findElement(By.cssSelector("input.service-on"));
        if (!on.isSelected()) {
            on.click();
        }
        new Select(wait.until(
                        ExpectedConditions.visibilityOf(row.findElement(By.cssSelector("select.service-outcome")))))
                .selectByValue(outcome);
        browser.findElement(By.id("visit-save")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("visit-form")));
    }

    private void offline(boolean offline) {
        browser.executeCdpCommand("Network.enable", Map.of());
        browser.executeCdpCommand(
                "Network.emulateNetworkConditions",
                Map.of("offline", offline, "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
    }

    private void waitFor(String css) {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
    }

    private String get(String username, String path) throws Exception {
        String basic = Base64.getEncoder()
                .encodeToString((username + ":" + AccountRows.PASSWORD).getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(base + path))
                                .header("Authorization", "Basic " + basic)
                                .build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
                .body();
    }

    private static int occurrences(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }
}
