package vn.langso.quizzes;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.langso.it.Deployments;
import vn.langso.it.OrgFixture;
import vn.langso.it.TestDatabase;
import vn.langso.it.WebClient;
import vn.langso.learning.LearningCourses;

/** The quiz setup and attempts pages as plain HTTP: the course's trainer saves settings, others find nothing. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class QuizSetupPagesIT {

    @ArquillianResource
    URL base;

    OrgFixture org;
    WebClient client;
    String trainer;
    long course;
    String quizKey;
    String path;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.langSo();
    }

    @BeforeEach
    void courseWithAQuizLesson() throws Exception {
        org = OrgFixture.create();
        LearningCourses courses = new LearningCourses(TestDatabase::connect);
        client = new WebClient(base);
        trainer = org.account("trainer", null, null, "TRAINER");
        LearningCourses.Built built = courses.draftOnly(trainer, courses.title("Kiểm tra"), 1);
        course = built.course();
        quizKey = built.keys().get(0);
        try (Connection c = TestDatabase.connect();
                PreparedStatement s = c.prepareStatement("update lesson set kind = 'QUIZ' where lesson_key = ?")) {
            s.setString(1, quizKey);
            s.executeUpdate();
        }
        path = "quizzes/quiz.xhtml?course=" + course + "&lesson=" + quizKey;
    }

    @Test
    void theOwnerSeesTheSetupWarnedOfNoQuestionAndSavesTheSettings() throws Exception {
        client.signIn(trainer, TestDatabase.PASSWORD);
        HttpResponse<String> page = client.get(path);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("Thiết lập bài kiểm tra")
                .contains("Mỗi lượt làm bài có 0 câu hỏi")
                .contains("chưa có câu hỏi nào")
                .contains("quizzes/bank.xhtml?course=" + course)
                .contains("quizzes/attempts.xhtml?course=" + course + "&amp;lesson=" + quizKey);

        HttpResponse<String> refused = client.post(path, settings(page.body(), "101"));

        assertThat(refused.body()).contains("Điểm đạt phải từ 0 đến 100").contains("validationFailed&#34;:true");
        assertThat(quizColumn("pass_percent")).isEqualTo("80");

        HttpResponse<String> saved = client.post(path, settings(page.body(), "65"));

        assertThat(saved.body()).contains("Đã lưu cài đặt bài kiểm tra");
        assertThat(quizColumn("pass_percent")).isEqualTo("65");
        assertThat(quizColumn("review_mode")).isEqualTo("SCORE_ONLY");
        assertThat(quizColumn("opens_at")).startsWith("2026-12-01 02:00");
        assertThat(client.get(path).body()).contains("01/12/2026 09:00");
    }

    @Test
    void theAttemptsPageShowsItsEmptyStateAndTheLessonEditorLinksToTheSetup() throws Exception {
        client.signIn(trainer, TestDatabase.PASSWORD);

        HttpResponse<String> attempts = client.get("quizzes/attempts.xhtml?course=" + course + "&lesson=" + quizKey);
        String editor = client.get("authoring/lesson.xhtml?id=" + lessonId()).body();

        assertThat(attempts.statusCode()).isEqualTo(200);
        assertThat(attempts.body()).contains("Chưa có lượt làm bài nào").contains("0 lượt làm bài của 0 học viên");
        assertThat(editor).contains("quizzes/quiz.xhtml?course=" + course + "&amp;lesson=" + quizKey);
    }

    @Test
    void aTrainerWhoDoesNotEditTheCourseAndAMemberGetNotFound() throws Exception {
        client.signIn(org.account("stranger", null, null, "TRAINER"), TestDatabase.PASSWORD);
        assertThat(client.get(path).statusCode()).isEqualTo(404);
        assertThat(client.get("quizzes/attempts.xhtml?course=" + course + "&lesson=" + quizKey)
                        .statusCode())
                .isEqualTo(404);

        WebClient member = new WebClient(base);
        member.signIn(org.account("member", null, org.memberA, "MEMBER"), TestDatabase.PASSWORD);
        assertThat(member.get(path).statusCode()).isEqualTo(404);
    }

    /** The settings form's ajax save, its inputs named as the page names them. */
    private static Map<String, String> settings(String page, String passPercent) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("jakarta.faces.partial.ajax", "true");
        fields.put("jakarta.faces.source", "settings:save");
        fields.put("jakarta.faces.partial.execute", "@all");
        fields.put("jakarta.faces.partial.render", "settings messages");
        fields.put("settings:save", "settings:save");
        fields.put("settings", "settings");
        names(page, "settings:passPercent").forEach(name -> fields.put(name, passPercent));
        names(page, "settings:timeLimitMinutes").forEach(name -> fields.put(name, "15"));
        fields.put("settings:opensAt_input", "01/12/2026 09:00");
        fields.put("settings:closesAt_input", "");
        fields.put("settings:shuffleQuestions_input", "on");
        fields.put("settings:reviewMode", "SCORE_ONLY");
        fields.put("jakarta.faces.ViewState", WebClient.viewState(page));
        return fields;
    }

    /** The names of an input number's fields: the one shown and the hidden one it submits. */
    private static java.util.List<String> names(String page, String id) {
        Matcher name =
                Pattern.compile("name=\"(" + Pattern.quote(id) + "[^\"]*)\"").matcher(page);
        java.util.List<String> found = new java.util.ArrayList<>();
        while (name.find()) {
            found.add(name.group(1));
        }
        assertThat(found).as("inputs " + id).isNotEmpty();
        return found;
    }

    private String quizColumn(String column) throws Exception {
        try (Connection c = TestDatabase.connect();
                PreparedStatement s =
                        c.prepareStatement("select " + column + " from quiz where course_id = ? and lesson_key = ?")) {
            s.setLong(1, course);
            s.setString(2, quizKey);
            try (ResultSet r = s.executeQuery()) {
                assertThat(r.next()).isTrue();
                return r.getString(1);
            }
        }
    }

    private long lessonId() throws Exception {
        try (Connection c = TestDatabase.connect();
                PreparedStatement s = c.prepareStatement("select id from lesson where lesson_key = ?")) {
            s.setString(1, quizKey);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }
}
