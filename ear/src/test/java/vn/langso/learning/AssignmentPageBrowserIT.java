package vn.langso.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.langso.it.Browser;
import vn.langso.it.Deployments;
import vn.langso.it.OrgFixture;
import vn.langso.it.TestDatabase;

/**
 * A trainer assigns a course through the page: picks a team by typing its name without diacritics, sees how many
 * members will be enrolled, confirms, and finds the assignment listed; then the same for a district by its code,
 * and the report counts the enrolled.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AssignmentPageBrowserIT {

    static final String DUE = ReportRows.TODAY.plusDays(20).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));

    @ArquillianResource
    URL base;

    WebDriver browser;
    WebDriverWait wait;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.langSo();
    }

    @BeforeEach
    void openBrowser() {
        browser = Browser.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(15));
    }

    @AfterEach
    void closeBrowser() {
        Browser.keepLastPage(browser, "AssignmentPageBrowserIT-last");
        browser.quit();
    }

    @Test
    void trainerAssignsACourseToATeamAndThenToADistrict() throws Exception {
        OrgFixture org = OrgFixture.create();
        ReportRows rows = new ReportRows(TestDatabase::connect);
        String trainer = org.account("trainer", null, null, "TRAINER");
        long course = rows.publishedCourse(trainer, "Nhận diện lừa đảo trực tuyến " + org.suffix, 2);
        long hamlet = rows.unit(org.code("V"), "Ấp Bình Hoà " + org.suffix, "VILLAGE", org.communeA);
        long hamletTeam = rows.team(hamlet, "Tổ ấp Bình Hoà " + org.suffix);
        rows.member("Lê Thị Cúc " + org.suffix, hamletTeam);
        rows.member("Võ Văn Dũng " + org.suffix, hamletTeam);

        signIn(trainer);
        browser.get(base + "assignments/course.xhtml?id=" + course);
        Browser.switchLanguage(browser, "vi");
        assertThat(browser.findElement(By.id("assign:team_input")).getAttribute("value"))
                .as("no team chosen yet: the field starts empty")
                .isEmpty();
        type(By.id("assign:team_input"), "to ap binh hoa " + org.suffix);
        click(By.cssSelector("[id='assign:team_panel'] li.ui-autocomplete-item"));
        type(By.id("assign:dueOn_input"), DUE + Keys.ESCAPE);
        click(By.id("assign:preview"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("previewText"), "có 2 tổ viên"));
        Browser.keepLastPage(browser, "AssignmentPageBrowserIT-confirm");
        click(By.id("confirmForm:confirm"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "2 tổ viên được ghi danh"));
        assertThat(browser.findElement(By.id("list:assignments")).getText())
                .contains("Tổ ấp Bình Hoà " + org.suffix)
                .contains(DUE);

        click(By.cssSelector("label[for='assign:kind:1']"));
        type(By.id("assign:unitCode"), org.code("DA"));
        type(By.id("assign:dueOn_input"), DUE + Keys.ESCAPE);
        click(By.id("assign:preview"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("previewText"), "có 3 tổ viên"));
        click(By.id("confirmForm:confirm"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "1 tổ viên được ghi danh"));
        Browser.keepLastPage(browser, "AssignmentPageBrowserIT-assigned");

        browser.get(base + "reports/course.xhtml?id=" + course + "&unit=" + org.districtA);
        assertThat(browser.findElement(By.id("enrolled")).getText()).isEqualTo("3");
        assertThat(browser.findElement(By.id("notStarted")).getText()).isEqualTo("3");
        Browser.keepLastPage(browser, "AssignmentPageBrowserIT-report");
    }

    private void signIn(String username) {
        browser.get(base + "login.xhtml");
        type(By.id("login:username"), username);
        type(By.id("login:password"), TestDatabase.PASSWORD);
        click(By.id("login:submit"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("signOutForm:signOut")));
    }

    private void click(By by) {
        settle();
        wait.until(ExpectedConditions.elementToBeClickable(by)).click();
        settle();
    }

    private void type(By by, CharSequence text) {
        settle();
        wait.until(ExpectedConditions.elementToBeClickable(by)).clear();
        browser.findElement(by).sendKeys(text);
    }

    private void settle() {
        wait.until(driver -> (Boolean) ((JavascriptExecutor) driver)
                .executeScript("return document.readyState === 'complete'"
                        + " && (typeof PrimeFaces === 'undefined' || PrimeFaces.ajax.Queue.isEmpty())"
                        + " && (typeof jQuery === 'undefined' || jQuery.active === 0)"));
    }
}
