package vn.langso.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
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
import org.openqa.selenium.WebDriver;
import vn.langso.demo.boundary.DemoAccounts;
import vn.langso.it.Browser;
import vn.langso.it.Deployments;

@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SignInBrowserIT {

    @ArquillianResource
    URL base;

    WebDriver browser;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.langSo();
    }

    @BeforeEach
    void openBrowser() {
        browser = Browser.start();
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
    void adminSignsInSeesVietnameseHomeSwitchesToEnglishAndSignsOut() {
        browser.get(base + "index.xhtml");
        assertThat(browser.getCurrentUrl()).endsWith("/login.xhtml");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Đăng nhập");

        browser.findElement(By.id("login:username")).sendKeys(DemoAccounts.ADMIN.username());
        browser.findElement(By.id("login:password")).sendKeys(DemoAccounts.PASSWORD);
        Browser.clickAndWaitForPage(browser, By.id("login:submit"));

        assertThat(browser.findElement(By.id("greeting")).getText()).startsWith("Xin chào");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("vi");
        assertThat(browser.findElement(By.id("accountsByRole")).getText()).contains("Quản trị viên");

        Browser.switchLanguage(browser, "en");

        assertThat(browser.findElement(By.id("greeting")).getText()).startsWith("Hello");
        assertThat(browser.findElement(By.id("accountsByRole")).getText()).contains("Administrator");

        Browser.clickAndWaitForPage(browser, By.id("signOutForm:signOut"));

        assertThat(browser.getCurrentUrl()).contains("/login.xhtml");
        assertThat(browser.findElement(By.id("signedOutMessage")).getText()).contains("You have signed out.");
        browser.get(base + "index.xhtml");
        assertThat(browser.getCurrentUrl()).endsWith("/login.xhtml");
    }
}
