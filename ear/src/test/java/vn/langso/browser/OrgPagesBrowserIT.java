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
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import vn.langso.it.Browser;
import vn.langso.it.Deployments;
import vn.langso.it.OrgFixture;
import vn.langso.it.TestDatabase;

/** The admin's unit tree and member forms: search without diacritics, confirmed changes, refusals in place. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OrgPagesBrowserIT {

    @ArquillianResource
    URL base;

    WebDriver browser;
    Steps steps;
    OrgFixture org;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.langSo();
    }

    @BeforeEach
    void openBrowser() throws Exception {
        org = OrgFixture.create();
        browser = Browser.start();
        steps = new Steps(browser, base, getClass().getSimpleName());
        steps.signIn(TestDatabase.createAccount("admin", TestDatabase.PASSWORD, "ADMIN"), TestDatabase.PASSWORD);
    }

    @AfterEach
    void closeBrowser(TestInfo test) {
        steps.keep(test.getTestMethod().orElseThrow().getName());
        browser.quit();
    }

    @Test
    void adminFindsACommuneWithoutDiacriticsThenMovesAndDeactivatesItAfterConfirming() {
        String commune = "Bình Phục Nhứt " + org.suffix;
        steps.open("org/units.xhtml");
        steps.type(By.id("search:searchText"), "binh phuc nhut " + org.suffix);
        steps.click(By.id("search:find"));
        assertThat(steps.text(By.id("search:found"))).contains(commune).contains(org.code("CA"));
        steps.click(By.id("search:found:0:show"));
        steps.waitForText(By.id("selectedName"), commune);
        assertThat(steps.text(By.cssSelector("#tree\\:units .ui-state-highlight")))
                .contains(commune);

        steps.click(By.id("selected:move"));
        steps.type(By.id("moveForm:newParentCode"), org.code("CB"));
        steps.click(By.id("moveForm:save"));
        steps.click(By.id("confirmYes"));
        steps.waitForText(By.id("moveForm"), "phải cùng cấp với đơn vị cấp trên hiện tại");
        assertThat(browser.findElement(By.id("moveForm:newParentCode")).getAttribute("value"))
                .isEqualTo(org.code("CB"));

        steps.type(By.id("moveForm:newParentCode"), org.code("DB"));
        steps.click(By.id("moveForm:save"));
        steps.keep("move-confirm-vi");
        steps.click(By.id("confirmYes"));
        steps.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("moveDialog")));
        assertThat(steps.text(By.id("messages"))).contains("Đã chuyển đơn vị " + commune);
        assertThat(steps.text(By.cssSelector("#tree\\:units .ui-state-highlight")))
                .contains(commune);
        steps.keepWhole("units-moved-vi");

        steps.click(By.id("selected:deactivate"));
        steps.click(By.id("confirmYes"));
        steps.waitForText(By.id("selectedStatus"), "Ngừng hoạt động");
        assertThat(browser.findElements(By.id("selected:activate"))).hasSize(1);

        steps.click(By.id("selected:edit"));
        steps.type(By.id("editForm:households"), "3210");
        steps.click(By.id("editForm:save"));
        steps.waitForText(By.id("selectedName"), commune);
        steps.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("editDialog")));
        assertThat(steps.text(By.id("selected"))).contains("3.210");

        steps.open("org/teams.xhtml?unit=" + org.code("DB"));
        assertThat(steps.text(By.id("teams:list"))).contains(org.teamAName()).contains(org.teamBName());
    }

    @Test
    void teamListSortsPagesAndFilters() {
        steps.open("org/teams.xhtml?unit=" + org.code("P"));
        steps.click(By.id("teams:list:name"));
        assertThat(steps.text(firstRow())).contains(org.teamAName());
        steps.click(By.id("teams:list:name"));
        steps.waitForText(firstRow(), org.teamBName());

        steps.choose("teams:active", "Ngừng hoạt động");
        steps.click(By.id("teams:find"));
        steps.waitForText(By.id("teams:list"), "Không có tổ nào khớp với điều kiện lọc.");

        steps.type(By.id("teams:unitCode"), "KHONG-CO-" + org.suffix);
        steps.click(By.id("teams:find"));
        steps.waitForText(By.id("teams"), "Không có đơn vị nào mang mã KHONG-CO-" + org.suffix);

        // The demo province has far more than a page of teams.
        steps.open("org/teams.xhtml");
        assertThat(steps.text(By.cssSelector("#teams\\:list .ui-paginator-current")))
                .startsWith("1–25 / ");
        steps.click(By.cssSelector("#teams\\:list .ui-paginator-next"));
        steps.waitForText(By.cssSelector("#teams\\:list .ui-paginator-current"), "26–50 / ");
    }

    private static By firstRow() {
        return By.cssSelector("#teams\\:list_data > tr:first-child");
    }

    @Test
    void invalidNewMemberKeepsWhatWasTypedAndIsExplainedInTheUsersLanguage() {
        steps.open("org/members.xhtml");
        steps.click(By.id("newMember"));
        steps.type(By.id("newMemberForm:fullName"), "Phạm Văn Dũng");
        steps.type(By.id("newMemberForm:phone"), "12345");
        steps.type(By.id("newMemberForm:email"), "khong-phai-thu");
        steps.click(By.id("newMemberForm:save"));
        steps.waitForText(By.id("newMemberForm"), "Địa chỉ thư điện tử không hợp lệ.");

        steps.type(By.id("newMemberForm:email"), "dung@example.vn");
        steps.click(By.id("newMemberForm:save"));
        steps.waitForText(By.id("newMemberForm"), "Số điện thoại di động gồm 10 chữ số");
        assertThat(steps.value(By.id("newMemberForm:fullName"))).isEqualTo("Phạm Văn Dũng");
        assertThat(steps.value(By.id("newMemberForm:email"))).isEqualTo("dung@example.vn");
        steps.keepWhole("new-member-refused-vi");

        steps.open("org/members.xhtml");
        steps.inLanguage("en");
        steps.click(By.id("newMember"));
        steps.type(By.id("newMemberForm:fullName"), "Phạm Văn Dũng");
        steps.type(By.id("newMemberForm:phone"), "0912 34");
        steps.type(By.id("newMemberForm:birthYear"), "nineteen");
        steps.click(By.id("newMemberForm:save"));
        steps.waitForText(By.id("newMemberForm"), "enter a whole number");
        steps.type(By.id("newMemberForm:birthYear"), "1990");
        steps.click(By.id("newMemberForm:save"));
        steps.waitForText(By.id("newMemberForm"), "A mobile number has 10 digits");
        assertThat(steps.value(By.id("newMemberForm:phone"))).isEqualTo("0912 34");
        steps.keepWhole("new-member-refused-en");
    }

    @Test
    void listsFitAPhoneScreen() {
        browser.manage().window().setSize(new Dimension(390, 844));
        steps.open("org/teams.xhtml?unit=" + org.code("DA"));
        WebElement header = browser.findElement(By.cssSelector("header.ls-header"));
        assertThat(header.getSize().getHeight())
                .as("the folded header of a phone")
                .isLessThan(100);
        assertThat(browser.findElement(By.id("menuTeams")).isDisplayed()).isFalse();
        steps.click(By.id("menuToggle"));
        assertThat(browser.findElement(By.id("menuTeams")).isDisplayed()).isTrue();
        steps.keep("menu-open-phone");
        steps.click(By.id("menuToggle"));
        assertThat(steps.text(By.id("teams:list"))).contains(org.teamAName());
        assertThat(steps.overflowsHorizontally()).isFalse();
        steps.keepWhole("teams-phone-vi");

        steps.inLanguage("en");
        steps.open("org/units.xhtml");
        steps.type(By.id("search:searchText"), org.code("CA"));
        steps.click(By.id("search:find"));
        steps.click(By.id("search:found:0:show"));
        steps.waitForText(By.id("selectedCode"), org.code("CA"));
        assertThat(steps.overflowsHorizontally()).isFalse();
        steps.keepWhole("units-phone-en");

        steps.open("org/members.xhtml");
        steps.type(By.id("members:text"), "nguyen van an " + org.suffix);
        steps.click(By.id("members:find"));
        assertThat(steps.text(By.id("members:list")))
                .contains("Nguyễn Văn An " + org.suffix)
                .contains("Team leader");
        assertThat(steps.overflowsHorizontally()).isFalse();
        steps.keepWhole("members-phone-en");
    }
}
