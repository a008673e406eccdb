package vn.langso.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import vn.langso.demo.control.DemoPdf;
import vn.langso.it.Browser;
import vn.langso.it.Deployments;
import vn.langso.it.OrgFixture;
import vn.langso.it.TestDatabase;

/**
 * The whole life of a course: a trainer writes a text lesson and a document lesson and publishes; a member finds the
 * course typing no diacritics, enrols, does both lessons and sees the course complete in "My learning".
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CourseJourneyBrowserIT {

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
    void trainerPublishesATextAndADocumentLessonAndAMemberCompletesTheCourse() throws Exception {
        String trainer = TestDatabase.createAccount("journey-trainer", TestDatabase.PASSWORD, "TRAINER");
        OrgFixture org = OrgFixture.create();
        String learner = org.account("journey-member", null, org.memberA, "MEMBER");
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String title = "Phòng chống lừa đảo qua điện thoại " + tag;

        steps.signIn(trainer, TestDatabase.PASSWORD);
        steps.inVietnamese();
        steps.click(By.id("menuAuthoring"));
        steps.click(By.id("newCourse"));
        steps.type(By.id("newCourseForm:title"), title);
        steps.click(By.id("newCourseForm:create"));
        steps.wait.until(ExpectedConditions.urlContains("/authoring/course.xhtml"));

        steps.click(By.id("outline:addSection"));
        steps.type(By.id("sectionForm:sectionTitle"), "Nhận diện lừa đảo");
        steps.click(By.id("sectionForm:saveSection"));
        steps.waitForText(By.id("outline"), "Nhận diện lừa đảo");

        steps.click(By.id("outline:sections:0:addLesson"));
        steps.type(By.id("lessonForm:lessonTitle"), "Cuộc gọi giả danh công an");
        steps.click(By.id("lessonForm:createLesson"));
        steps.wait.until(ExpectedConditions.urlContains("/authoring/lesson.xhtml"));
        browser.findElement(By.cssSelector("#lesson\\:body .ql-editor"))
                .sendKeys("Công an không bao giờ yêu cầu chuyển tiền qua điện thoại.");
        steps.click(By.id("lesson:save"));
        steps.waitForText(By.id("storedBody"), "Công an không bao giờ");
        steps.click(By.id("backToCourse"));

        steps.click(By.id("outline:sections:0:addLesson"));
        steps.click(By.xpath("//table[@id='lessonForm:kind']//label[normalize-space()='Tài liệu']"
                + " | //div[@id='lessonForm:kind']//label[normalize-space()='Tài liệu']"));
        steps.type(By.id("lessonForm:lessonTitle"), "Tờ rơi phát cho hộ gia đình");
        steps.click(By.id("lessonForm:createLesson"));
        steps.wait.until(ExpectedConditions.urlContains("/authoring/lesson.xhtml"));
        Path leaflet = Files.write(
                files.resolve("to-roi.pdf"), DemoPdf.of("5 dau hieu lua dao", List.of("1. Doi chuyen tien gap")));
        browser.findElement(By.cssSelector("input[type=file]")).sendKeys(leaflet.toString());
        steps.click(By.id("lesson:upload"));
        steps.waitForText(By.id("lesson:currentFile"), "to-roi.pdf");
        steps.click(By.id("backToCourse"));

        steps.click(By.id("header:publish"));
        steps.click(By.cssSelector(".ui-confirmdialog-yes"));
        steps.waitForText(By.id("status"), "Đã xuất bản");
        steps.signOut();

        steps.signIn(learner, TestDatabase.PASSWORD);
        steps.inVietnamese();
        steps.click(By.id("menuCatalog"));
        steps.type(By.id("catalog:text"), "lua dao qua dien thoai " + tag);
        steps.click(By.id("catalog:find"));
        steps.waitForText(By.id("catalog"), title);
        steps.click(By.linkText(title));
        steps.click(By.id("course:enrol"));
        steps.click(By.id("course:continue"));

        assertThat(steps.text(By.id("lessonTitle"))).isEqualTo("Cuộc gọi giả danh công an");
        assertThat(steps.text(By.id("lesson:body"))).contains("Công an không bao giờ yêu cầu chuyển tiền");
        steps.click(By.id("lesson:markDone"));
        steps.click(By.id("lesson:next"));

        assertThat(steps.text(By.id("lessonTitle"))).isEqualTo("Tờ rơi phát cho hộ gia đình");
        assertThat(steps.text(By.id("document"))).contains("to-roi.pdf");
        steps.click(By.id("lesson:markDone"));
        steps.waitForText(By.id("lesson:completion"), "Chúc mừng");

        steps.click(By.id("menuMyLearning"));
        steps.waitForText(By.id("my:courses"), title);
        assertThat(steps.text(By.id("my:courses"))).contains("Đã hoàn thành", "2/2");
    }
}
