package vn.langso.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import vn.langso.demo.boundary.DemoAccounts;
import vn.langso.it.Browser;
import vn.langso.it.Deployments;
import vn.langso.it.OrgFixture;
import vn.langso.it.TestDatabase;
import vn.langso.kernel.SearchKey;

/**
 * The admin founds a team in a commune, with a new member as its leader, and a coordinator of another district
 * finds no trace of it; rosters change with confirmation and keep their history. Units, member and team of the
 * first journey are made through the pages, with codes of the test's own.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TeamBrowserIT {

    @ArquillianResource
    URL base;

    WebDriver browser;
    Steps steps;
    String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.langSo();
    }

    @BeforeEach
    void openBrowser(TestInfo test) {
        browser = Browser.start();
        steps = new Steps(browser, base, getClass().getSimpleName());
    }

    @AfterEach
    void closeBrowser(TestInfo test) {
        steps.keep(test.getTestMethod().orElseThrow().getName());
        browser.quit();
    }

    @Test
    void adminFoundsATeamWithALeaderThatTheCoordinatorOfAnotherDistrictCannotFind() throws Exception {
        steps.signIn(DemoAccounts.ADMIN.username(), DemoAccounts.PASSWORD);
        steps.inVietnamese();

        steps.open("org/units.xhtml");
        createUnit("", code("P"), "Tỉnh Thử " + suffix, "tỉnh", "480000");
        createUnit(code("P"), code("DA"), "Chợ Gạo Thử " + suffix, "huyện", "45000");
        createUnit(code("DA"), code("CA"), "Bình Phục Nhứt Thử " + suffix, "xã", "3210");
        createUnit(code("P"), code("DB"), "Cái Bè Thử " + suffix, "huyện", "72000");
        assertThat(steps.text(By.id("selectedCode"))).isEqualTo(code("DB"));
        steps.keepWhole("units-vi");

        String phone = TestDatabase.uniquePhone();
        String memberName = "Nguyễn Thị Thử " + suffix;
        steps.open("org/members.xhtml");
        steps.click(By.id("newMember"));
        steps.type(By.id("newMemberForm:fullName"), memberName);
        steps.type(By.id("newMemberForm:phone"), phone);
        steps.type(By.id("newMemberForm:birthYear"), "1994");
        steps.click(By.id("newMemberForm:save"));
        steps.wait.until(ExpectedConditions.urlContains("/org/member.xhtml?id="));
        assertThat(steps.text(By.id("memberName"))).isEqualTo(memberName);
        assertThat(steps.text(By.id("memberTeam"))).isEqualTo("Chưa thuộc tổ nào");

        String teamName = "Tổ CNSCĐ ấp Thử " + suffix;
        steps.open("org/teams.xhtml");
        steps.click(By.id("newTeam"));
        steps.type(By.id("newTeamForm:teamUnitCode"), code("CA"));
        steps.type(By.id("newTeamForm:teamName"), teamName);
        steps.type(By.id("newTeamForm:foundedOn_input"), "15/03/2023" + Keys.TAB);
        steps.click(By.id("newTeamForm:save"));
        steps.wait.until(ExpectedConditions.urlContains("/org/team.xhtml?id="));
        String teamId = browser.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1");
        assertThat(steps.text(By.id("teamName"))).isEqualTo(teamName);
        assertThat(steps.text(By.id("teamUnit"))).contains("Bình Phục Nhứt Thử " + suffix);
        assertThat(steps.text(By.id("teamFoundedOn"))).isEqualTo("15/03/2023");

        steps.click(By.id("roster:addMember"));
        steps.type(By.id("addForm:memberSearch"), phone);
        steps.click(By.id("addForm:find"));
        steps.click(By.cssSelector("label[for='addForm:role:0']"));
        steps.click(By.id("addForm:add"));
        steps.waitForText(By.id("roster:members"), memberName);
        assertThat(steps.text(By.id("roster:members"))).contains(phone).contains("Tổ trưởng");
        assertThat(steps.text(By.id("teamMemberCount"))).isEqualTo("1");
        assertThat(steps.text(By.id("roster:history"))).contains(memberName).contains("nay");
        steps.keepWhole("team-vi");

        assertThat(teamsFoundBySearch(teamName)).contains(teamName);
        steps.signOut();

        steps.signIn(coordinatorOf(code("DB")), TestDatabase.PASSWORD);
        assertThat(teamsFoundBySearch(teamName)).contains("Không có tổ nào khớp với điều kiện lọc.");
        steps.open("org/team.xhtml?id=" + teamId);
        assertThat(steps.text(By.id("errorTitle"))).isEqualTo("Không tìm thấy trang");
        assertThat(browser.getPageSource()).doesNotContain(teamName).doesNotContain(memberName);
        steps.signOut();

        steps.signIn(coordinatorOf(code("DA")), TestDatabase.PASSWORD);
        steps.inLanguage("en");
        assertThat(teamsFoundBySearch(teamName)).contains(teamName);
        steps.open("org/team.xhtml?id=" + teamId);
        assertThat(steps.text(By.id("roster:members"))).contains(memberName).contains("Team leader");
        assertThat(browser.findElements(By.id("roster:addMember"))).isEmpty();
        steps.keepWhole("team-en-coordinator");
    }

    @Test
    void adminChangesARoleThenEndsTheMembershipAfterConfirmingAndTheLeaderKeepsTheirOwnRoster() throws Exception {
        OrgFixture org = OrgFixture.create();
        String name = "Lê Văn Cường " + org.suffix;
        String phone = TestDatabase.uniquePhone();
        insertMember(name, phone);
        steps.signIn(DemoAccounts.ADMIN.username(), DemoAccounts.PASSWORD);
        steps.inVietnamese();
        steps.open("org/team.xhtml?id=" + org.teamA);

        steps.click(By.id("roster:addMember"));
        steps.type(By.id("addForm:memberSearch"), "le van cuong " + org.suffix);
        steps.click(By.id("addForm:find"));
        assertThat(steps.text(By.id("addForm:candidates"))).contains(name).contains(phone);
        steps.click(By.id("addForm:add"));
        steps.waitForText(By.id("roster:members"), name);
        assertThat(steps.text(rosterRow(name))).contains("Tổ viên");

        steps.click(rosterButton(name, "changeRole"));
        steps.click(By.cssSelector("label[for='roleForm:role:1']"));
        steps.click(By.id("roleForm:save"));
        steps.waitForText(rosterRow(name), "Tổ phó");

        steps.click(rosterButton(name, "end"));
        String endedOn = steps.value(By.id("endForm:endedOn_input"));
        assertThat(endedOn).matches("\\d{2}/\\d{2}/\\d{4}");
        assertThat(browser.findElements(By.cssSelector(".ui-datepicker-panel")))
                .as("the calendar opens from its button, not by itself with the dialog")
                .noneMatch(WebElement::isDisplayed);
        steps.click(By.id("endForm:save"));
        steps.click(By.id("confirmYes"));
        steps.wait.until(ExpectedConditions.invisibilityOfElementLocated(rosterRow(name)));
        assertThat(steps.text(By.id("roster:members"))).contains("Nguyễn Văn An " + org.suffix);
        assertThat(steps.text(By.id("roster:history"))).contains(name).contains(endedOn);
        assertThat(steps.text(By.id("teamMemberCount"))).isEqualTo("1");
        steps.keepWhole("roster-ended-vi");

        steps.click(By.id("header:edit"));
        steps.type(By.id("editForm:teamName"), org.teamAName() + " mới");
        steps.click(By.id("editForm:save"));
        steps.waitForText(By.id("teamName"), org.teamAName() + " mới");
        steps.click(By.id("header:deactivate"));
        steps.click(By.id("confirmYes"));
        steps.waitForText(By.id("teamStatus"), "Ngừng hoạt động");
        steps.signOut();

        steps.signIn(org.account("leader", org.communeA, org.memberA, "TEAM_LEADER", "MEMBER"), TestDatabase.PASSWORD);
        steps.open("org/team.xhtml?id=" + org.teamA);
        assertThat(browser.findElements(By.id("roster:addMember"))).hasSize(1);
        steps.open("org/team.xhtml?id=" + org.teamB);
        assertThat(steps.text(By.id("errorTitle"))).isEqualTo("Không tìm thấy trang");
    }

    private void createUnit(String parentCode, String code, String name, String type, String households) {
        steps.click(By.id("selected:newUnit"));
        steps.type(By.id("createForm:parentCode"), parentCode);
        steps.type(By.id("createForm:unitCode"), code);
        steps.type(By.id("createForm:unitName"), name);
        steps.type(By.id("createForm:unitType"), type);
        steps.type(By.id("createForm:households"), households);
        steps.click(By.id("createForm:save"));
        steps.waitForText(By.id("selectedName"), name);
        steps.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("createDialog")));
    }

    /** The text of the team list after searching for the name. */
    private String teamsFoundBySearch(String name) {
        steps.open("org/teams.xhtml");
        steps.type(By.id("teams:text"), name);
        steps.click(By.id("teams:find"));
        return steps.text(By.id("teams:list"));
    }

    private static By rosterRow(String name) {
        return By.xpath("//tbody[@id='roster:members_data']/tr[contains(., '" + name + "')]");
    }

    private static By rosterButton(String name, String action) {
        return By.xpath("//tbody[@id='roster:members_data']/tr[contains(., '" + name + "')]//button[substring(@id,"
                + " string-length(@id) - " + action.length() + ") = ':" + action + "']");
    }

    /** A coordinator of the test's own whose area is the unit with the code. */
    private static String coordinatorOf(String unitCode) throws Exception {
        String username = TestDatabase.createAccount("coord", TestDatabase.PASSWORD, "COORDINATOR");
        try (Connection connection = TestDatabase.connect();
                PreparedStatement scope = connection.prepareStatement("update account set scope_unit_id ="
                        + " (select id from admin_unit where code = ?) where username = ?")) {
            scope.setString(1, unitCode);
            scope.setString(2, username);
            assertThat(scope.executeUpdate()).isEqualTo(1);
        }
        return username;
    }

    /** A member in no team yet, whom only an admin sees. */
    private static void insertMember(String name, String phone) throws Exception {
        try (Connection connection = TestDatabase.connect();
                PreparedStatement member = connection.prepareStatement(
                        "insert into member (full_name, search_key, phone) values (?, ?, ?)")) {
            member.setString(1, name);
            member.setString(2, SearchKey.of(name));
            member.setString(3, phone);
            member.executeUpdate();
        }
    }

    private String code(String name) {
        return "T" + name + suffix;
    }
}
