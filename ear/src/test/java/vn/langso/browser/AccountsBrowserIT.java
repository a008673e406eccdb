package vn.langso.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
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
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.langso.it.Browser;
import vn.langso.it.Deployments;
import vn.langso.it.TestDatabase;

/** The administrator creates a coordinator's account, finds it in the list and disables it. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccountsBrowserIT {

    static final String PASSWORD = "mat-khau-quan-tri-1";
    /** The order of the role check boxes: that of the Role enum. */
    static final int COORDINATOR = 1;

    static final By ROWS = By.cssSelector("[id='accounts:table_data'] > tr:not(.ui-datatable-empty-message)");
    static final By NO_ROWS = By.cssSelector("[id='accounts:table_data'] > tr.ui-datatable-empty-message");

    @ArquillianResource
    URL base;

    WebDriver browser;
    WebDriverWait wait;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.langSo();
    }

    @BeforeEach
    void signedInAdministrator() throws Exception {
        String admin = TestDatabase.createAccount("quantri", PASSWORD, "ADMIN");
        browser = Browser.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        browser.get(base + "login.xhtml");
        browser.findElement(By.id("login:username")).sendKeys(admin);
        browser.findElement(By.id("login:password")).sendKeys(PASSWORD);
        Browser.clickAndWaitForPage(browser, By.id("login:submit"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("greeting")));
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
    void administratorCreatesACoordinatorFindsItAndDisablesIt() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String username = "dieuphoi." + suffix;
        String displayName = "Đặng Thị Điều Phối " + suffix;

        Browser.clickAndWaitForPage(browser, By.id("menuAccounts"));
        browser.findElement(By.id("accounts:create")).click();
        browser.findElement(By.id("account:username")).sendKeys(username);
        browser.findElement(By.id("account:displayName")).sendKeys(displayName);
        browser.findElement(By.cssSelector("label[for='account:roles:" + COORDINATOR + "']"))
                .click();
        Browser.clickAndWaitForPage(browser, By.id("account:save"));

        assertThat(browser.findElement(By.id("account")).getText())
                .contains("Điều phối viên và tổ trưởng cần có đơn vị phụ trách.");
        assertThat(browser.findElement(By.id("account:username")).getAttribute("value"))
                .isEqualTo(username);
        assertThat(browser.findElement(By.id("account:displayName")).getAttribute("value"))
                .isEqualTo(displayName);

        browser.findElement(By.id("account:scopeCode")).sendKeys(anyUnitCode());
        Browser.clickAndWaitForPage(browser, By.id("account:save"));

        assertThat(browser.findElement(By.id("temporaryPassword")).getText()).matches("[A-Za-z0-9]{14}");
        assertThat(browser.findElement(By.id("messages")).getText()).contains("Đã tạo tài khoản " + username);
        Browser.keepLastPage(browser, getClass().getSimpleName() + "-created");

        Browser.clickAndWaitForPage(browser, By.id("backToList"));
        WebElement search = browser.findElement(By.id("accounts:search"));
        search.sendKeys("dang thi dieu phoi " + suffix);
        wait.until(ExpectedConditions.numberOfElementsToBe(ROWS, 1));
        assertThat(browser.findElement(By.id("accounts:table")).getText())
                .contains(displayName)
                .contains("Điều phối viên");
        Browser.keepLastPage(browser, getClass().getSimpleName() + "-found");
        new Steps(browser, base, getClass().getSimpleName()).choose("accounts:role", "Giảng viên");
        wait.until(ExpectedConditions.presenceOfElementLocated(NO_ROWS));
        browser.get(base + "accounts/accounts.xhtml?q=" + URLEncoder.encode(username, StandardCharsets.UTF_8));
        wait.until(ExpectedConditions.numberOfElementsToBe(ROWS, 1));

        Browser.clickAndWaitForPage(browser, By.linkText(username));
        browser.findElement(By.id("access:toggleEnabled")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("access:confirmYes")))
                .click();

        // The confirmation posts the whole page: wait for the new one rather than read the old. While the old one is
        // being replaced, Chromium may answer that the element no longer belongs to the document: read again.
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .ignoring(WebDriverException.class)
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.id("messages"), "Đã vô hiệu hoá tài khoản " + username));
        assertThat(browser.findElement(By.id("status")).getText()).contains("đã bị vô hiệu hoá");
    }

    private static String anyUnitCode() throws Exception {
        try (Connection connection = TestDatabase.connect();
                Statement select = connection.createStatement();
                ResultSet rows = select.executeQuery("select min(code) from admin_unit where valid_to is null")) {
            rows.next();
            return rows.getString(1);
        }
    }
}
