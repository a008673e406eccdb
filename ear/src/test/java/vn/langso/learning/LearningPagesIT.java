package vn.langso.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
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

/** The learner pages, as plain HTTP: catalogue, overview, lesson and "My learning", and their actions. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LearningPagesIT {

    @ArquillianResource
    URL base;

    OrgFixture org;
    LearningCourses courses;
    WebClient client;
    String trainer;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.langSo();
    }

    @BeforeEach
    void ownCourses() throws Exception {
        org = OrgFixture.create();
        courses = new LearningCourses(TestDatabase::connect);
        client = new WebClient(base);
        trainer = org.account("trainer", null, null, "TRAINER");
    }

    @Test
    void aMemberFindsACourseWithoutDiacriticsEnrolsAndCompletesIt() throws Exception {
        LearningCourses.Built course = courses.published(trainer, courses.title("Kích hoạt định danh"), 1, 0, "VNEID");
        signIn(org.account("learner", null, org.memberA, "MEMBER"));

        String catalog = client.get("learning/catalog.xhtml?q=kich+hoat+dinh+danh+" + courses.suffix)
                .body();
        assertThat(catalog).contains(courses.title("Kích hoạt định danh"));

        String overviewPath = "learning/course.xhtml?id=" + course.course();
        HttpResponse<String> enrolled = ajax(overviewPath, "course", "course:enrol");
        assertThat(enrolled.body()).contains("course:continue");

        String lessonPath = "learning/lesson.xhtml?course=" + course.course() + "&lesson="
                + course.keys().get(0);
        assertThat(client.get(lessonPath).body()).contains("Nội dung bài 1").contains("lesson:markDone");
        HttpResponse<String> done = ajax(lessonPath, "lesson", "lesson:markDone");
        assertThat(done.body()).contains("lesson:completion").contains("lesson:doneTag");

        String my = client.get("learning/my.xhtml").body();
        assertThat(my).contains(courses.title("Kích hoạt định danh")).contains("ls-tag ls-done");
    }

    @Test
    void aDraftIsNotFoundAndOnlyItsEditorPreviewsIt() throws Exception {
        LearningCourses.Built draft = courses.draftOnly(trainer, courses.title("Nháp trang"), 1);
        signIn(org.account("learner", null, org.memberA, "MEMBER"));

        assertThat(client.get("learning/course.xhtml?id=" + draft.course()).statusCode())
                .isEqualTo(404);
        assertThat(client.get("learning/course.xhtml?id=" + draft.course() + "&preview=true")
                        .statusCode())
                .isEqualTo(404);
        assertThat(client.get("learning/lesson.xhtml?course=" + draft.course() + "&lesson="
                                + draft.keys().get(0))
                        .statusCode())
                .isEqualTo(404);

        WebClient editor = new WebClient(base);
        editor.signIn(trainer, TestDatabase.PASSWORD);
        HttpResponse<String> preview = editor.get("learning/course.xhtml?id=" + draft.course() + "&preview=true");
        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(preview.body()).contains("previewBanner").doesNotContain("course:enrol");
        HttpResponse<String> lesson = editor.get("learning/lesson.xhtml?course=" + draft.course() + "&lesson="
                + draft.keys().get(0) + "&preview=true");
        assertThat(lesson.body()).contains("Nội dung bài 1").doesNotContain("lesson:markDone");
    }

    @Test
    void myLearningWithoutCoursesPointsToTheCatalogue() throws Exception {
        signIn(org.account("learner", null, org.memberB, "MEMBER"));

        HttpResponse<String> my = client.get("learning/my.xhtml");

        assertThat(my.statusCode()).isEqualTo(200);
        assertThat(my.body()).contains("my:toCatalog").contains("learning/catalog.xhtml");
    }

    /** What PrimeFaces sends for a command button: a partial request on the page's view. */
    private HttpResponse<String> ajax(String path, String form, String button) {
        HttpResponse<String> page = client.get(path);
        assertThat(page.statusCode()).as(path).isEqualTo(200);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("jakarta.faces.partial.ajax", "true");
        fields.put("jakarta.faces.source", button);
        fields.put("jakarta.faces.partial.execute", "@all");
        fields.put("jakarta.faces.partial.render", form);
        fields.put(button, button);
        fields.put(form, form);
        fields.put("jakarta.faces.ViewState", WebClient.viewState(page.body()));
        String action = path.contains("?") ? path : path;
        return client.post(action, fields);
    }

    private void signIn(String username) {
        client.signIn(username, TestDatabase.PASSWORD);
    }
}
