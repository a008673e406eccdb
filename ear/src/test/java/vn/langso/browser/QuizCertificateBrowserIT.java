package vn.langso.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import org.openqa.selenium.WebElement;
import vn.langso.demo.control.DemoCourseContent;
import vn.langso.it.Browser;
import vn.langso.it.Deployments;
import vn.langso.it.OrgFixture;
import vn.langso.it.TestDatabase;

/**
 * A member takes the quiz at the end of a demo course in the browser, answering as they go, submits and passes; the
 * course is complete and the skill certificate is theirs: they download it as a PDF, and anyone can check it on its
 * public verification page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class QuizCertificateBrowserIT {

    @ArquillianResource
    URL base;

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
    void aMemberPassesTheQuizOfADemoCourseAndGetsAVerifiableCertificate() throws Exception {
        OrgFixture org = OrgFixture.create();
        String member = org.account("quiz-member", null, org.memberA, "MEMBER");
        DemoCourse course = demoCourse(DemoCourseContent.PUBLIC_SERVICES.title());
        // The reading part is done through the API, as the phone app would; the quiz is taken in the browser.
        api(member, "api/v1/me/enrolments", "{\"courseId\":" + course.id() + "}");
        for (String lesson : course.readingLessons()) {
            api(member, "api/v1/me/progress", "{\"courseId\":" + course.id() + ",\"lessonKey\":\"" + lesson + "\"}");
        }

        steps.signIn(member, TestDatabase.PASSWORD);
        steps.inVietnamese();
        steps.open("learning/lesson.xhtml?course=" + course.id() + "&lesson=" + course.quizKey());
        assertThat(steps.text(By.id("quizQuestions"))).isEqualTo("5");
        steps.click(By.id("lesson:startAttempt"));
        steps.click(By.id("lesson:confirmYes"));
        steps.waitForText(By.id("attemptTitle"), "Làm bài");
        assertThat(steps.text(By.id("timer"))).contains("Thời gian còn lại");

        List<WebElement> questions = browser.findElements(By.cssSelector(".ls-question"));
        assertThat(questions).hasSize(5);
        for (int i = 0; i < questions.size(); i++) {
            WebElement question =
                    browser.findElements(By.cssSelector(".ls-question")).get(i);
            String text = question.findElement(By.cssSelector(".ls-lesson-body"))
                    .getText()
                    .trim();
            for (String right : course.rightAnswers().get(text)) {
                question.findElement(By.xpath(".//label[normalize-space(.)='" + right + "']"))
                        .click();
                steps.waitForText(
                        By.xpath("(//div[contains(@class, 'ls-question')])[" + (i + 1)
                                + "]//span[contains(@class, 'ls-tag')]"),
                        "Đã lưu");
            }
        }
        steps.keepWhole("answered");
        browser.navigate().refresh();
        steps.waitForText(By.id("attempt:progressText"), "Đã trả lời 5 / 5 câu");

        steps.click(By.id("attempt:submit"));
        steps.click(By.id("attempt:submitYes"));
        steps.waitForText(By.id("verdict"), "Chúc mừng");
        assertThat(steps.text(By.id("score"))).isEqualTo("100.00%");
        assertThat(steps.text(By.id("status"))).isEqualTo("Đã nộp");

        steps.open("learning/my.xhtml");
        steps.waitForText(By.tagName("main"), DemoCourseContent.PUBLIC_SERVICES.title());
        assertThat(completedAt(course.id(), org.memberA))
                .as("the course is complete")
                .isTrue();

        steps.click(By.id("menuMyCertificates"));
        steps.waitForText(By.id("held"), "Sử dụng dịch vụ công trực tuyến");
        assertThat(steps.text(By.id("held"))).contains("Còn hiệu lực");
        String pdf = browser.findElement(By.cssSelector("a[id$=':pdf']")).getAttribute("href");
        String verification =
                browser.findElement(By.cssSelector("a[id$=':verify']")).getAttribute("href");
        HttpResponse<byte[]> download = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(pdf))
                                .header(
                                        "Cookie",
                                        "JSESSIONID="
                                                + browser.manage()
                                                        .getCookieNamed("JSESSIONID")
                                                        .getValue())
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(new String(download.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        // The verification page is public: whoever scans the QR code is not signed in.
        steps.signOut();
        browser.get(verification);
        steps.waitForText(By.id("verdict"), "hợp lệ");
        assertThat(steps.text(By.id("holder"))).startsWith("Nguyễn Văn An");
        assertThat(steps.text(By.id("skill"))).isEqualTo("Sử dụng dịch vụ công trực tuyến");
        assertThat(steps.text(By.id("status"))).isEqualTo("Còn hiệu lực");
    }

    private record DemoCourse(
            long id, List<String> readingLessons, String quizKey, Map<String, List<String>> rightAnswers) {}

    /** The published demo course with this title: its reading lessons, its quiz lesson, the right answers by question. */
    private static DemoCourse demoCourse(String title) throws SQLException {
        try (Connection c = TestDatabase.connect()) {
            long course;
            long revision;
            try (PreparedStatement select = c.prepareStatement("select c.id, r.id from course c join course_revision r"
                    + " on r.id = c.published_revision_id where r.title = ?")) {
                select.setString(1, title);
                try (ResultSet rows = select.executeQuery()) {
                    rows.next();
                    course = rows.getLong(1);
                    revision = rows.getLong(2);
                }
            }
            List<String> reading = new ArrayList<>();
            String quiz = null;
            try (PreparedStatement select = c.prepareStatement(
                    "select lesson_key, kind from lesson where revision_id = ? and required = true")) {
                select.setLong(1, revision);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        if ("QUIZ".equals(rows.getString(2))) {
                            quiz = rows.getString(1);
                        } else {
                            reading.add(rows.getString(1));
                        }
                    }
                }
            }
            Map<String, List<String>> right = new HashMap<>();
            try (PreparedStatement select = c.prepareStatement("select q.text_html, ch.text from question q"
                    + " join question_choice ch on ch.question_id = q.id where q.course_id = ? and ch.correct")) {
                select.setLong(1, course);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        String text = rows.getString(1)
                                .replaceAll("<[^>]*>", "")
                                .replace("&quot;", "\"")
                                .trim();
                        right.computeIfAbsent(text, k -> new ArrayList<>()).add(rows.getString(2));
                    }
                }
            }
            return new DemoCourse(course, reading, quiz, right);
        }
    }

    private static boolean completedAt(long course, long member) throws SQLException {
        try (Connection c = TestDatabase.connect();
                PreparedStatement select = c.prepareStatement(
                        "select completed_at is not null from enrolment where course_id = ? and member_id = ?")) {
            select.setLong(1, course);
            select.setLong(2, member);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() && rows.getBoolean(1);
            }
        }
    }

    private void api(String username, String path, String json) throws Exception {
        String token = Base64.getEncoder()
                .encodeToString((username + ":" + TestDatabase.PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(base + path))
                                .header("Authorization", "Basic " + token)
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(json))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(200);
    }
}
