package vn.langso.courses;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.Duration;
import java.util.UUID;
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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.langso.it.Browser;
import vn.langso.it.Deployments;
import vn.langso.it.TestDatabase;

/**
 * A trainer, on a phone-sized window, creates a course, a section and a text lesson whose body arrives with a
 * script in it, sees the body as stored (sanitized) and publishes the course after confirming.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuthoringBrowserIT {

    @ArquillianResource
    URL base;

    WebDriver browser;
    WebDriverWait wait;
    String trainer;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.langSo();
    }

    @BeforeEach
    void openPhoneBrowser() throws Exception {
        trainer = TestDatabase.createAccount("author", TestDatabase.PASSWORD, "TRAINER");
        browser = Browser.start();
        browser.manage().window().setSize(new Dimension(390, 844));
        wait = new WebDriverWait(browser, Duration.ofSeconds(15));
    }

    @AfterEach
    void closeBrowser(TestInfo test) {
        Browser.keepLastPage(
                browser,
                "AuthoringBrowserIT-" + test.getTestMethod().orElseThrow().getName());
        browser.quit();
    }

    @Test
    void trainerWritesATextLessonThatIsStoredSanitizedAndPublishesTheCourse() {
        String title = "Kích hoạt VNeID mức 2 " + UUID.randomUUID().toString().substring(0, 6);
        signIn();

        browser.get(base + "authoring/courses.xhtml");
        assertThat(overflowsHorizontally()).as("the course list fits a phone").isFalse();
        click(By.id("newCourse"));
        type(By.id("newCourseForm:title"), title);
        click(By.id("newCourseForm:create"));
        wait.until(ExpectedConditions.urlContains("/authoring/course.xhtml"));
        assertThat(text(By.id("courseTitle"))).isEqualTo(title);

        click(By.id("outline:addSection"));
        type(By.id("sectionForm:sectionTitle"), "Chuẩn bị");
        click(By.id("sectionForm:saveSection"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("outline"), "Chuẩn bị"));
        click(By.id("outline:sections:0:addLesson"));
        type(By.id("lessonForm:lessonTitle"), "Cài ứng dụng");
        click(By.id("lessonForm:createLesson"));
        wait.until(ExpectedConditions.urlContains("/authoring/lesson.xhtml"));

        browser.findElement(By.cssSelector("#lesson\\:body .ql-editor")).sendKeys("Mở kho ứng dụng");
        // Pasted markup with a script in it: neither the editor nor the server may keep the script.
        ((JavascriptExecutor) browser)
                .executeScript(
                        "PF('bodyEditor').editor.clipboard.dangerouslyPasteHTML("
                                + "'<p>Mở kho <strong>ứng dụng</strong></p><img src=x onerror=\"alert(1)\"><script>alert(2)</script>')");
        click(By.id("lesson:save"));
        String stored = (String)
                ((JavascriptExecutor) browser).executeScript("return document.getElementById('storedBody').innerHTML");
        assertThat(stored)
                .contains("<strong>ứng dụng</strong>")
                .doesNotContain("onerror")
                .doesNotContain("<script");
        assertThat(overflowsHorizontally()).as("the lesson editor fits a phone").isFalse();

        click(By.id("backToCourse"));
        assertThat(text(By.id("outline"))).contains("Cài ứng dụng");
        assertThat(overflowsHorizontally()).as("the course editor fits a phone").isFalse();
        click(By.id("header:publish"));
        click(By.cssSelector(".ui-confirmdialog-yes"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "Đã xuất bản"));
        assertThat(browser.findElements(By.id("header:publish")))
                .as("nothing left to publish")
                .isEmpty();
    }

    private void signIn() {
        browser.get(base + "login.xhtml");
        type(By.id("login:username"), trainer);
        type(By.id("login:password"), TestDatabase.PASSWORD);
        click(By.id("login:submit"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("signOutForm:signOut")));
        Browser.switchLanguage(browser, "vi");
    }

    private void click(By by) {
        settle();
        ((JavascriptExecutor) browser)
                .executeScript(
                        "arguments[0].scrollIntoView({block: 'center'})",
                        wait.until(ExpectedConditions.presenceOfElementLocated(by)));
        wait.until(ExpectedConditions.elementToBeClickable(by)).click();
        settle();
    }

    private void type(By by, String text) {
        wait.until(ExpectedConditions.elementToBeClickable(by)).clear();
        browser.findElement(by).sendKeys(text);
    }

    private String text(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by))
                .getText()
                .trim();
    }

    private boolean overflowsHorizontally() {
        return (Boolean) ((JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollWidth > window.innerWidth + 1");
    }

    private void settle() {
        wait.until(driver -> (Boolean) ((JavascriptExecutor) driver)
                .executeScript("return document.readyState === 'complete'"
                        + " && (typeof PrimeFaces === 'undefined' || PrimeFaces.ajax.Queue.isEmpty())"
                        + " && (typeof jQuery === 'undefined' || jQuery.active === 0)"));
    }
}
