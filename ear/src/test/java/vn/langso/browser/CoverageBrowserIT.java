package vn.langso.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Base64;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import vn.langso.it.Browser;
import vn.langso.it.Deployments;
import vn.langso.it.OrgFixture;
import vn.langso.it.TestDatabase;

/**
 * A district coordinator on a phone opens his home page, sees his area's coverage, and drills from the district down
 * to a hamlet's households: the visit a team leader logged a moment before is already counted.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CoverageBrowserIT {

    @ArquillianResource
    URL base;

    WebDriver browser;
    Steps steps;
    final HttpClient http = HttpClient.newHttpClient();

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
    void aCoordinatorDrillsFromHisDistrictToAHamletsHouseholdsOnHisPhone() throws Exception {
        OrgFixture org = OrgFixture.create();
        long hamlet = org.hamlet(org.communeA, "Ấp Long Hưng");
        String leader = org.account("leader", org.communeA, org.memberA, "TEAM_LEADER", "MEMBER");
        String coordinator = org.account("coord", org.districtA, null, "COORDINATOR");
        String reachedName = "Trương Văn Tám " + org.suffix;
        long reached = household(leader, hamlet, reachedName);
        household(leader, hamlet, "Lý Thị Chín " + org.suffix);
        LocalDateTime now =
                LocalDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh")).withNano(0).withSecond(0);
        HttpResponse<String> visit = send(
                leader,
                "PUT",
                "api/v1/visits/" + UUID.randomUUID(),
                "{\"householdId\":"
                        + reached + ",\"visitedAt\":\"" + now
                        + ":00\",\"services\":[{\"code\":\"VNEID\",\"outcome\":\"DONE\"}],"
                        + "\"residents\":[{\"name\":\"Trương Văn Tám\",\"skills\":[\"PUBLIC_SERVICES\",\"ONLINE_SHOPPING\","
                        + "\"ONLINE_PAYMENT\",\"ONLINE_SAFETY\",\"LOCAL_PLATFORMS\"]}]}");
        assertThat(visit.statusCode()).as(visit.body()).isEqualTo(201);

        steps.signIn(coordinator, TestDatabase.PASSWORD);
        steps.inVietnamese();
        steps.open("index.xhtml");
        steps.waitForText(By.id("homeCoverage"), "Độ phủ địa bàn của bạn");
        steps.click(By.id("openCoverage"));
        steps.waitForText(By.id("trail"), "Chợ Gạo " + org.suffix);
        assertThat(steps.text(By.id("tileReached"))).contains("1 / 2 hộ");

        steps.click(By.linkText("xã Bình Phục Nhứt " + org.suffix));
        steps.waitForText(By.id("trail"), "Bình Phục Nhứt " + org.suffix);
        steps.click(By.linkText("ấp Ấp Long Hưng " + org.suffix));
        steps.waitForText(By.id("householdsCard"), reachedName);
        assertThat(steps.text(By.id("tileProficient"))).startsWith("50 %");
        assertThat(steps.text(By.id("householdsCard")))
                .contains("Lý Thị Chín " + org.suffix)
                .contains("Chưa");
        assertThat(steps.overflowsHorizontally()).isFalse();
    }

    private long household(String username, long hamlet, String name) throws Exception {
        HttpResponse<String> created = send(
                username, "POST", "api/v1/households", "{\"unitId\":" + hamlet + ",\"headName\":\"" + name + "\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(created.body());
        assertThat(id.find()).isTrue();
        return Long.parseLong(id.group(1));
    }

    private HttpResponse<String> send(String username, String method, String path, String body) throws Exception {
        String basic = Base64.getEncoder()
                .encodeToString((username + ":" + TestDatabase.PASSWORD).getBytes(StandardCharsets.UTF_8));
        return http.send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .header("Authorization", "Basic " + basic)
                        .header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
