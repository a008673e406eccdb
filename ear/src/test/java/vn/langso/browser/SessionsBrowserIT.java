package vn.langso.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import vn.langso.it.Browser;
import vn.langso.it.Deployments;
import vn.langso.it.OrgFixture;
import vn.langso.it.TestDatabase;

/** A team leader schedules a weekly session on a phone and finds it on the calendar, moved and cancelled in place. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SessionsBrowserIT {

    @ArquillianResource
    URL base;

    WebDriver browser;
    Steps steps;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.langSo();
    }

    @BeforeEach
    void openPhoneBrowser() {
        browser = Browser.start();
        browser.manage().window().setSize(new Dimension(390, 844));
        steps = new Steps(browser, base, getClass().getSimpleName());
    }

    @AfterEach
    void closeBrowser(TestInfo test) {
        steps.keepWhole(test.getTestMethod().orElseThrow().getName());
        browser.quit();
    }

    @Test
    void aTeamLeaderSchedulesAWeeklySessionAndSeesItOnTheCalendar() throws Exception {
        OrgFixture org = OrgFixture.create();
        String leader = org.account("leader", org.communeA, org.memberA, "TEAM_LEADER", "MEMBER");
        String title = "Kích hoạt VNeID mức 2 " + org.suffix;
        LocalDate tuesday = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"))
                .plusDays(3)
                .with(TemporalAdjusters.next(DayOfWeek.TUESDAY));

        steps.signIn(leader, TestDatabase.PASSWORD);
        steps.inVietnamese();
        steps.open("sessions/calendar.xhtml");
        steps.click(By.id("actions:newSeries"));
        steps.wait.until(driver -> !steps.value(By.id("scheduleForm:unitCode")).isEmpty());
        assertThat(steps.value(By.id("scheduleForm:unitCode"))).isEqualTo(org.code("CA"));
        steps.type(By.id("scheduleForm:title"), title);
        steps.click(By.cssSelector("label[for='scheduleForm:services:0']"));
        steps.type(By.id("scheduleForm:place"), "Nhà văn hoá ấp Bình Thạnh");
        steps.click(By.cssSelector("[id='scheduleForm:facilitators'] label"));
        steps.type(
                By.id("scheduleForm:firstStart_input"),
                tuesday.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")) + " 19:30" + Keys.TAB);
        assertThat(browser.findElement(By.id("scheduleForm:repeat:1")).isSelected())
                .as("weekly by default")
                .isTrue();
        steps.type(By.id("scheduleForm:count_input"), Keys.chord(Keys.CONTROL, "a") + "4" + Keys.TAB);
        steps.keepWhole("schedule-filled");
        steps.click(By.id("scheduleForm:save"));

        steps.waitForText(By.id("messages"), "Đã lên lịch 4 buổi");
        assertThat(steps.text(By.id("calendarForm:calendar"))).contains(title).contains("19:30");
        steps.keepWhole("calendar-list");

        steps.click(By.xpath("//*[@id='calendarForm:calendar']//*[contains(text(), '" + title + "')]"));
        steps.waitForText(By.id("chosenTitle"), title);
        steps.type(By.id("sessionForm:reason"), "Trùng lịch họp xã");
        steps.click(By.id("sessionForm:cancelSession"));
        steps.click(By.id("confirmYes"));
        steps.waitForText(By.id("messages"), "Đã huỷ buổi này");
        assertThat(steps.text(By.id("chosenStatus"))).isEqualTo("Đã huỷ");
        assertThat(steps.overflowsHorizontally()).isFalse();
    }
}
