package vn.langso.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import vn.langso.it.Browser;
import vn.langso.it.Deployments;
import vn.langso.it.OrgFixture;
import vn.langso.it.TestDatabase;
import vn.langso.visits.FieldRows;

/**
 * A team leader schedules a weekly session on a phone and finds it on the calendar, cancelled in place; and records
 * who came to one on the field app.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SessionsBrowserIT {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

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
    void aTeamLeaderSchedulesAWeeklySessionSeesItOnTheCalendarChangesItAndCancelsOne() throws Exception {
        OrgFixture org = OrgFixture.create();
        String leader = org.account("leader", org.communeA, org.memberA, "TEAM_LEADER", "MEMBER");
        String title = "Kích hoạt VNeID mức 2 " + org.suffix;
        LocalDate tuesday = LocalDate.now(VIETNAM).plusDays(3).with(TemporalAdjusters.next(DayOfWeek.TUESDAY));

        steps.signIn(leader, TestDatabase.PASSWORD);
        steps.inVietnamese();
        scheduleWeekly(org, title, tuesday.atTime(19, 30), 4);

        // This and following, from the first session: the whole series follows the new plan.
        String renamed = "VNeID buổi sáng " + org.suffix;
        steps.click(By.xpath("//*[@id='calendarForm:calendar']//*[contains(text(), '" + title + "')]"));
        steps.waitForText(By.id("chosenTitle"), title);
        steps.click(By.id("sessionForm:changeFollowing"));
        steps.wait.until(driver -> title.equals(steps.value(By.id("scheduleForm:title"))));
        assertThat(steps.text(By.id("scheduleHeading"))).isEqualTo("Sửa buổi này và các buổi sau");
        assertThat(steps.value(By.id("scheduleForm:count_input"))).isEqualTo("4");
        steps.type(By.id("scheduleForm:title"), Keys.chord(Keys.CONTROL, "a") + renamed);
        steps.click(By.id("scheduleForm:save"));
        steps.waitForText(By.id("messages"), "Đã đổi lịch: 4 buổi");
        showMonthOf(tuesday.atTime(19, 30), renamed);
        assertThat(steps.text(By.id("calendarForm:calendar"))).doesNotContain(title);

        steps.click(By.xpath("//*[@id='calendarForm:calendar']//*[contains(text(), '" + renamed + "')]"));
        steps.waitForText(By.id("chosenTitle"), renamed);
        steps.type(By.id("sessionForm:reason"), "Trùng lịch họp xã");
        steps.click(By.id("sessionForm:cancelSession"));
        steps.click(By.id("confirmYes"));
        steps.waitForText(By.id("messages"), "Đã huỷ buổi này");
        assertThat(steps.text(By.id("chosenStatus"))).isEqualTo("Đã huỷ");
        assertThat(steps.overflowsHorizontally()).isFalse();
    }

    @Test
    void aTeamLeaderRecordsTwoHouseholdsAtTheSessionHeJustScheduledOnHisPhone() throws Exception {
        OrgFixture org = OrgFixture.create();
        FieldRows rows = new FieldRows(TestDatabase::connect);
        long hamlet = org.hamlet(org.communeA, "Ấp Bình Thạnh");
        long first = rows.household(hamlet, "Huỳnh Thị Sáu " + org.suffix, "8", null);
        long second = rows.household(hamlet, "Ngô Văn Bảy " + org.suffix, "9", null);
        String leader = org.account("leader", org.communeA, org.memberA, "TEAM_LEADER", "MEMBER");
        String title = "Thanh toán không tiền mặt " + org.suffix;
        // Attendance opens an hour before a session: this one starts in half an hour.
        LocalDateTime soon = LocalDateTime.now(VIETNAM).plusMinutes(35).truncatedTo(ChronoUnit.MINUTES);

        steps.signIn(leader, TestDatabase.PASSWORD);
        steps.inVietnamese();
        scheduleWeekly(org, title, soon, 4);

        browser.get(base + "field/");
        steps.wait.until(d -> d.findElements(By.cssSelector("body[data-ready='true'][data-screen='signin']"))
                        .size()
                == 1);
        browser.findElement(By.id("signin-username")).sendKeys(leader);
        browser.findElement(By.id("signin-password")).sendKeys(TestDatabase.PASSWORD);
        browser.findElement(By.id("signin-submit")).click();
        steps.wait.until(d -> d.findElements(By.cssSelector("body[data-ready='true'][data-screen='app']"))
                        .size()
                == 1);
        browser.findElement(By.id("nav-sessions")).click();
        By session = By.xpath("//li[contains(@class,'session')][contains(., '" + title
                + "')]//button[contains(@class,'take-attendance')]");
        steps.wait.until(d -> !d.findElements(session).isEmpty());
        browser.findElements(session).get(0).click();
        steps.waitForText(By.id("attendance-title"), title);

        choose("huynh thi sau");
        choose("ngo van bay");
        WebElement names =
                browser.findElement(By.cssSelector("li.attendee[data-key='" + second + "'] input.attendee-names"));
        names.sendKeys(", Ngô Thị Tám");
        steps.keepWhole("attendance-chosen");
        browser.findElement(By.id("attendance-save")).click();
        // Both shown as sent, not only as recorded: just after a save the header's count may still say 0.
        steps.wait.until(d -> d.findElements(By.cssSelector("body[data-unsent='0'][data-flushing='false']"))
                                .size()
                        == 1
                && d.findElements(By.cssSelector("#attendance-recorded li.recorded:not(.pending)"))
                                .size()
                        == 2);
        assertThat(steps.overflowsHorizontally()).isFalse();

        assertThat(rows.count("select count(*) from session_attendance where household_id in (?, ?)", first, second))
                .isEqualTo(2);
        assertThat(rows.count(
                        "select people_attended from session_occurrence o join session_series s on s.id = o.series_id"
                                + " where s.title = ? order by o.starts_at limit 1",
                        title))
                .isEqualTo(3);

        steps.open("sessions/calendar.xhtml");
        steps.click(By.xpath("(//*[@id='calendarForm:calendar']//*[contains(text(), '" + title + "')])[1]"));
        steps.waitForText(By.id("chosenTitle"), title);
        assertThat(steps.text(By.id("chosenAttendance"))).isEqualTo("3 người, 2 hộ");
        assertThat(steps.text(By.id("chosenAttendees"))).contains("Ngô Văn Bảy " + org.suffix + ", Ngô Thị Tám");
        steps.keepWhole("calendar-attendance");
    }

    /** Searches the phone's households and marks the only one found as present. */
    private void choose(String search) {
        WebElement box = browser.findElement(By.id("attendance-search"));
        box.clear();
        box.sendKeys(search);
        steps.wait.until(d -> d.findElements(By.cssSelector("#attendance-results button.attend-add"))
                        .size()
                == 1);
        int chosen = browser.findElements(By.cssSelector("#attendance-chosen li.attendee"))
                .size();
        browser.findElement(By.cssSelector("#attendance-results button.attend-add"))
                .click();
        steps.wait.until(d ->
                d.findElements(By.cssSelector("#attendance-chosen li.attendee")).size() == chosen + 1);
    }

    /**
     * The calendar opens on this month's list, and a re-rendered calendar opens there again: near a month's end the
     * session may be in the next one, so the calendar is taken to its day (FullCalendar's own gotoDate).
     */
    private void showMonthOf(LocalDateTime start, String title) {
        ((JavascriptExecutor) browser)
                .executeScript(
                        "PF('calendar').calendar.gotoDate(arguments[0])",
                        start.toLocalDate().toString());
        steps.wait.until(driver -> steps.text(By.id("calendarForm:calendar")).contains(title));
    }

    /** Fills the schedule dialog of the calendar page and waits for the calendar to show the new series. */
    private void scheduleWeekly(OrgFixture org, String title, LocalDateTime firstStart, int times) {
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
                firstStart.format(DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")) + Keys.TAB);
        assertThat(browser.findElement(By.id("scheduleForm:repeat:1")).isSelected())
                .as("weekly by default")
                .isTrue();
        steps.type(By.id("scheduleForm:count_input"), Keys.chord(Keys.CONTROL, "a") + times + Keys.TAB);
        steps.keepWhole("schedule-filled");
        steps.click(By.id("scheduleForm:save"));

        steps.waitForText(By.id("messages"), "Đã lên lịch " + times + " buổi");
        showMonthOf(firstStart, title);
        assertThat(steps.text(By.id("calendarForm:calendar")))
                .contains(title)
                .contains(firstStart.format(DateTimeFormatter.ofPattern("H:mm")));
        steps.keepWhole("calendar-list");
    }
}
