package vn.langso.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;
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
import org.openqa.selenium.WebDriver;
import vn.langso.it.Browser;
import vn.langso.it.Deployments;
import vn.langso.it.OrgFixture;
import vn.langso.it.TestDatabase;

@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ImportBrowserIT {

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
    void adminUploadsMembersSeesEveryErrorThenImportsTheCorrectedFile() throws Exception {
        OrgFixture org = OrgFixture.create();
        String admin = TestDatabase.createAccount("import-page", TestDatabase.PASSWORD, "ADMIN");
        String phone = String.format("058%07d", ThreadLocalRandom.current().nextLong(1_000_000));
        String team = org.code("CA") + "," + org.teamAName();
        steps.signIn(admin, TestDatabase.PASSWORD);
        steps.inVietnamese();

        steps.click(By.id("menuImport"));
        steps.click(By.xpath("//div[@id='import:format']/div[contains(., 'Tổ viên')]"));
        steps.waitForText(By.id("columns"), "team_role");
        steps.keepWhole("columns");

        upload(
                "loi.csv",
                "phone,full_name,gender,team_unit_code,team_name,team_role\n"
                        + phone + ",Võ Thị Tám,nữ," + team + ",LEADER\n"
                        + "0123,Đặng Văn Chín,nam," + team + ",\n"
                        + "0389999999,,robot,,,\n");

        assertThat(steps.text(By.id("rejected"))).contains("Không có gì được nhập", "Tệp có 3 lỗi");
        assertThat(browser.findElements(By.cssSelector("#errorsForm\\:errors tbody tr")))
                .hasSize(3);
        assertThat(steps.text(By.id("errorsForm:errors")))
                .contains("không phải số di động Việt Nam", "Không được để trống", "Giới tính \"robot\"");
        steps.keepWhole("errors");

        upload(
                "dung.csv",
                "phone,full_name,gender,team_unit_code,team_name,team_role\n" + phone + ",Võ Thị Tám,nữ," + team
                        + ",LEADER\n");

        assertThat(steps.text(By.id("summary"))).contains("Đã nhập xong");
        assertThat(steps.text(By.id("created"))).isEqualTo("1");
        assertThat(browser.findElements(By.id("rejected"))).isEmpty();
    }

    private void upload(String name, String csv) throws Exception {
        Path file = Files.writeString(files.resolve(name), csv, StandardCharsets.UTF_8);
        browser.findElement(By.cssSelector("input[type=file]")).sendKeys(file.toString());
        steps.click(By.id("import:upload"));
    }
}
