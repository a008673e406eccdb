package vn.langso.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import vn.langso.it.Browser;
import vn.langso.it.Deployments;
import vn.langso.it.OrgFixture;
import vn.langso.it.TestDatabase;
import vn.langso.visits.FieldRows;

/** An admin merges two communes from a CSV mapping on a phone: checked first, errors listed, applied once confirmed. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReformBrowserIT {

    @ArquillianResource
    URL base;

    @TempDir
    Path files;

    WebDriver browser;
    Steps steps;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.langSo();
    }

    @BeforeEach
    void openBrowser(TestInfo test) {
        browser = Browser.start();
        steps = new Steps(
                browser,
                base,
                getClass().getSimpleName() + "-"
                        + test.getTestMethod().orElseThrow().getName());
    }

    @AfterEach
    void closeBrowser() {
        steps.keepWhole("last");
        browser.quit();
    }

    @Test
    void anAdminChecksAMappingSeesItsErrorsThenMergesTwoCommunesOnTheEffectiveDate() throws Exception {
        OrgFixture org = OrgFixture.create();
        FieldRows rows = new FieldRows(TestDatabase::connect);
        String admin = TestDatabase.createAccount("reform-page", TestDatabase.PASSWORD, "ADMIN");
        String header = "old_code,new_code,new_name\n";
        String merged = org.code("NEW");
        browser.manage().window().setSize(new Dimension(390, 844));
        steps.signIn(admin, TestDatabase.PASSWORD);
        steps.inVietnamese();
        steps.open("org/reform.xhtml");
        steps.type(By.id("reform:effective_input"), "01/07/2025");

        upload(
                "sai.csv",
                header + org.code("CA") + "," + merged + ",Xã Bình Phục Mới\n" + org.code("KHONG") + "," + merged
                        + ",Xã Bình Phục Mới\n");
        steps.waitForText(By.id("rejected"), "Không có đơn vị đang hoạt động mã " + org.code("KHONG"));
        assertThat(browser.findElements(By.id("result"))).isEmpty();
        steps.keepWhole("errors");

        upload(
                "dung.csv",
                header + org.code("CA") + "," + merged + ",Xã Bình Phục Mới\n" + org.code("CB") + "," + merged
                        + ",Xã Bình Phục Mới\n");
        steps.waitForText(By.id("summary"), "2 đơn vị cũ nhập thành 1 đơn vị mới, 2 đơn vị cấp trên kết thúc");
        assertThat(steps.text(By.id("applyForm:newUnits"))).contains("xã Bình Phục Mới", "Bình Phục Nhứt");
        assertThat(rows.count("select count(*) from admin_unit where code = ?", merged))
                .isZero();
        assertThat(steps.overflowsHorizontally()).isFalse();
        steps.keepWhole("preview");

        steps.click(By.id("applyForm:apply"));
        steps.click(By.id("confirmYes"));
        steps.waitForText(By.id("result"), "Đã áp dụng");
        assertThat(browser.findElements(By.id("applyForm:apply"))).isEmpty();
        assertThat(rows.count(
                        "select count(*) from admin_unit where valid_to = '2025-07-01' and successor_id ="
                                + " (select id from admin_unit where code = ? and valid_from = '2025-07-01')",
                        merged))
                .isEqualTo(2);
        assertThat(rows.count(
                        "select count(*) from admin_unit where id in (?, ?) and valid_to is not null",
                        org.districtA,
                        org.districtB))
                .isEqualTo(2);
        assertThat(steps.overflowsHorizontally()).isFalse();
    }

    private void upload(String name, String csv) throws Exception {
        Path file = Files.writeString(files.resolve(name), csv, StandardCharsets.UTF_8);
        browser.findElement(By.cssSelector("input[type=file]")).sendKeys(file.toString());
        steps.click(By.id("reform:checkFile"));
    }
}
