package vn.langso.quizzes;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
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

/** The question bank page and its GIFT download, as plain HTTP, for the course's trainer and for a stranger. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class QuestionBankPagesIT {

    @ArquillianResource
    URL base;

    OrgFixture org;
    LearningCourses courses;
    WebClient client;
    String trainer;
    long course;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.langSo();
    }

    @BeforeEach
    void ownCourse() throws Exception {
        org = OrgFixture.create();
        courses = new LearningCourses(TestDatabase::connect);
        client = new WebClient(base);
        trainer = org.account("trainer", null, null, "TRAINER");
        course = courses.draftOnly(trainer, courses.title("Ngân hàng"), 1).course();
    }

    @Test
    void theCourseTrainerSeesTheEmptyBankItsImportAndItsLinkFromTheCourse() {
        client.signIn(trainer, TestDatabase.PASSWORD);

        HttpResponse<String> page = client.get("quizzes/bank.xhtml?course=" + course);
        String editor = client.get("authoring/course.xhtml?id=" + course).body();

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("Ngân hàng câu hỏi")
                .contains("Chưa có câu hỏi nào")
                .contains("giftImport:upload")
                .contains("quizzes/export.gift?course=" + course);
        assertThat(editor).contains("quizzes/bank.xhtml?course=" + course);
    }

    @Test
    void theBankListsItsQuestionsAndDownloadsThemAsAGiftAttachment() throws Exception {
        question("VNeID/Kích hoạt", "<p>Ứng dụng VNeID có miễn phí không?</p>");
        client.signIn(trainer, TestDatabase.PASSWORD);

        String page = client.get("quizzes/bank.xhtml?course=" + course).body();
        HttpResponse<String> gift = client.get("quizzes/export.gift?course=" + course);

        assertThat(page).contains("Ứng dụng VNeID có miễn phí không?").contains("VNeID/Kích hoạt (1)");
        assertThat(gift.body()).contains("$CATEGORY: VNeID/Kích hoạt").contains("{TRUE");

        assertThat(gift.statusCode()).isEqualTo(200);
        assertThat(gift.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/plain").containsIgnoringCase("charset=UTF-8"));
        assertThat(gift.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(d -> assertThat(d).startsWith("attachment").contains(".gift"));
        assertThat(gift.body()).startsWith("// LangSo question bank (GIFT)");
    }

    private long questions() throws Exception {
        try (Connection c = TestDatabase.connect();
                PreparedStatement s = c.prepareStatement("select count(*) from question where course_id = ?")) {
            s.setLong(1, course);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    /** A true/false question straight into the tables, as an import leaves it. */
    private void question(String category, String textHtml) throws Exception {
        try (Connection c = TestDatabase.connect()) {
            long categoryId =
                    insert(c, "insert into question_category (course_id, name) values (?, ?)", course, category);
            long questionId = insert(
                    c,
                    "insert into question (course_id, category_id, type, text_html, search_key, created_at)"
                            + " values (?, ?, 'TRUE_FALSE', ?, 'x', now())",
                    course,
                    categoryId,
                    textHtml);
            insert(
                    c,
                    "insert into question_choice (question_id, position, text, correct, weight_percent)"
                            + " values (?, 1, 'TRUE', true, 100), (?, 2, 'FALSE', false, 0)",
                    questionId,
                    questionId);
        }
    }

    private static long insert(Connection c, String sql, Object... values) throws Exception {
        try (PreparedStatement s = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                return keys.next() ? keys.getLong(1) : 0;
            }
        }
    }

    @Test
    void aBrokenGiftUploadListsItsLineAndImportsNothingAndAGoodOneIsListed() throws Exception {
        GiftUploadClient upload = new GiftUploadClient(base, trainer, TestDatabase.PASSWORD);
        String good = "$CATEGORY: VNeID\n\nỨng dụng VNeID miễn phí? {T}\n";

        HttpResponse<String> refused = upload.importGift(course, good + "\nThủ đô của Việt Nam? {=Hà Nội}\n");

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body())
                .contains("Không câu hỏi nào được nhập")
                .contains("Câu trả lời ngắn chưa được hỗ trợ")
                .contains("Thủ đô của Việt Nam?")
                .containsPattern("ls-number[^>]*>\\s*5\\s*<");
        assertThat(questions()).isZero();

        HttpResponse<String> stored = upload.importGift(course, good);

        assertThat(stored.body()).contains("Đã nhập 1 câu hỏi").contains("Ứng dụng VNeID miễn phí?");
        assertThat(questions()).isEqualTo(1);
    }

    @Test
    void theQuestionDialogSavesANewQuestionAndKeepsARefusedOneOpenWithItsReason() throws Exception {
        client.signIn(trainer, TestDatabase.PASSWORD);
        String path = "quizzes/bank.xhtml?course=" + course;
        String page = client.get(path).body();

        HttpResponse<String> refused = client.post(path, dialog(page, true, true));

        assertThat(refused.body()).contains("cần đúng một phương án đúng").contains("validationFailed&#34;:true");
        assertThat(questions()).isZero();

        HttpResponse<String> saved = client.post(path, dialog(page, true, false));

        assertThat(saved.body()).contains("Đã lưu câu hỏi").doesNotContain("validationFailed&#34;:true");
        assertThat(questions()).isEqualTo(1);
        assertThat(client.get(path).body()).contains("Ứng dụng nào để định danh điện tử?");
    }

    @Test
    void aTrueFalseQuestionAsksOnlyWhetherTheStatementIsTrue() throws Exception {
        client.signIn(trainer, TestDatabase.PASSWORD);
        String path = "quizzes/bank.xhtml?course=" + course;
        String page = client.get(path).body();
        Map<String, String> typeChange = new LinkedHashMap<>();
        typeChange.put("jakarta.faces.partial.ajax", "true");
        typeChange.put("jakarta.faces.source", "questionForm:type");
        typeChange.put("jakarta.faces.behavior.event", "change");
        typeChange.put("jakarta.faces.partial.event", "change");
        typeChange.put("jakarta.faces.partial.execute", "questionForm:type questionForm:choices");
        typeChange.put("jakarta.faces.partial.render", "questionForm:choices");
        typeChange.put("questionForm", "questionForm");
        typeChange.put("questionForm:type_input", "TRUE_FALSE");
        typeChange.put("jakarta.faces.ViewState", WebClient.viewState(page));

        String choices = client.post(path, typeChange).body();

        assertThat(choices).contains("Câu phát biểu này ĐÚNG").doesNotContain("choiceText");
        Map<String, String> save = new LinkedHashMap<>();
        save.put("jakarta.faces.partial.ajax", "true");
        save.put("jakarta.faces.source", "questionForm:save");
        save.put("jakarta.faces.partial.execute", "questionForm");
        save.put("jakarta.faces.partial.render", "questionForm bank messages");
        save.put("questionForm:save", "questionForm:save");
        save.put("questionForm", "questionForm");
        save.put("questionForm:type_input", "TRUE_FALSE");
        save.put("questionForm:category_input", "VNeID");
        save.put("questionForm:title", "");
        save.put("questionForm:text_input", "<p>Mật khẩu có thể gửi cho người lạ qua tin nhắn.</p>");
        save.put("questionForm:statementTrue", "false");
        save.put("jakarta.faces.ViewState", WebClient.viewState(page));

        assertThat(client.post(path, save).body()).contains("Đã lưu câu hỏi");
        assertThat(TestDatabase.text(
                        "select group_concat(concat(c.text, '=', c.correct) order by c.position) from question q"
                                + " join question_choice c on c.question_id = q.id where q.course_id = ?"
                                + " and q.type = 'TRUE_FALSE'",
                        course))
                .isEqualTo("Đúng=0,Sai=1");
    }

    /** The dialog's ajax save, its inputs named as the page names them. */
    private static Map<String, String> dialog(String page, boolean firstRight, boolean secondRight) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("jakarta.faces.partial.ajax", "true");
        fields.put("jakarta.faces.source", "questionForm:save");
        fields.put("jakarta.faces.partial.execute", "questionForm");
        fields.put("jakarta.faces.partial.render", "questionForm bank messages");
        fields.put("questionForm:save", "questionForm:save");
        fields.put("questionForm", "questionForm");
        fields.put("questionForm:type_input", "SINGLE_CHOICE");
        fields.put("questionForm:category_input", "VNeID");
        fields.put("questionForm:title", "");
        fields.put("questionForm:text_input", "<p>Ứng dụng nào để định danh điện tử?</p>");
        fields.put(name(page, "0:choiceText"), "VNeID");
        fields.put(name(page, "1:choiceText"), "Zalo");
        if (firstRight) {
            fields.put(name(page, "0:correct_input"), "on");
        }
        if (secondRight) {
            fields.put(name(page, "1:correct_input"), "on");
        }
        fields.put("jakarta.faces.ViewState", WebClient.viewState(page));
        return fields;
    }

    private static String name(String page, String ending) {
        Matcher name = Pattern.compile("name=\"(questionForm:[^\"]*" + Pattern.quote(ending) + ")\"")
                .matcher(page);
        assertThat(name.find()).as("an input " + ending).isTrue();
        return name.group(1);
    }

    @Test
    void aTrainerWhoDoesNotEditTheCourseGetsNotFound() throws Exception {
        client.signIn(org.account("stranger", null, null, "TRAINER"), TestDatabase.PASSWORD);

        assertThat(client.get("quizzes/bank.xhtml?course=" + course).statusCode())
                .isEqualTo(404);
        assertThat(client.get("quizzes/export.gift?course=" + course).statusCode())
                .isEqualTo(404);
    }
}
