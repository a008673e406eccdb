package vn.langso.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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

/** The learner API as the mobile and offline client uses it: catalogue, structure, enrolment, idempotent progress. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProgressApiIT {

    @ArquillianResource
    URL base;

    OrgFixture org;
    LearningCourses courses;
    WebClient client;
    HttpClient http;
    String trainer;
    String learner;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.langSo();
    }

    @BeforeEach
    void ownCourses() throws Exception {
        org = OrgFixture.create();
        courses = new LearningCourses(TestDatabase::connect);
        client = new WebClient(base);
        http = HttpClient.newHttpClient();
        trainer = org.account("trainer", null, null, "TRAINER");
        learner = org.account("learner", null, org.memberA, "MEMBER");
    }

    @Test
    void progressSentTwiceAnswersTheSameAndKeepsOneRow() throws Exception {
        LearningCourses.Built course = courses.published(trainer, courses.title("Hai lần"), 2, 0);
        post(learner, "api/v1/me/enrolments", "{\"courseId\":" + course.course() + "}");
        String body = progress(course.course(), course.keys().get(0));

        HttpResponse<String> first = post(learner, "api/v1/me/progress", body);
        HttpResponse<String> second = post(learner, "api/v1/me/progress", body);

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(first.body()).contains("\"lessonsDone\":1").contains("\"lessonsRequired\":2");
        assertThat(courses.progressRows(course.course(), org.memberA)).isEqualTo(1);
    }

    @Test
    void completingTheLastRequiredLessonCompletesTheCourseInMyEnrolments() throws Exception {
        LearningCourses.Built course = courses.published(trainer, courses.title("Hoàn thành"), 2, 0);
        post(learner, "api/v1/me/enrolments", "{\"courseId\":" + course.course() + "}");

        post(
                learner,
                "api/v1/me/progress",
                progress(course.course(), course.keys().get(0)));
        HttpResponse<String> last = post(
                learner,
                "api/v1/me/progress",
                progress(course.course(), course.keys().get(1)));
        HttpResponse<String> again = post(
                learner,
                "api/v1/me/progress",
                progress(course.course(), course.keys().get(1)));

        assertThat(last.body()).contains("\"completed\":true").contains("\"percent\":100");
        assertThat(again.body())
                .as("the completion time read back is the one answered")
                .isEqualTo(last.body());
        assertThat(get(learner, "api/v1/me/enrolments").body())
                .contains("\"total\":1")
                .contains("\"courseId\":" + course.course())
                .contains("\"completed\":true");
    }

    @Test
    void enrollingTwiceThroughTheApiAnswersTheSameEnrolment() throws Exception {
        LearningCourses.Built course = courses.published(trainer, courses.title("Ghi danh API"), 1, 0);
        String body = "{\"courseId\":" + course.course() + "}";

        HttpResponse<String> first = post(learner, "api/v1/me/enrolments", body);
        HttpResponse<String> second = post(learner, "api/v1/me/enrolments", body);

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(get(learner, "api/v1/me/enrolments").body()).contains("\"total\":1");
    }

    @Test
    void progressWithoutEnrolmentIs409AndNothingIsEnrolled() throws Exception {
        LearningCourses.Built course = courses.published(trainer, courses.title("Chưa ghi danh"), 1, 0);

        HttpResponse<String> refused = post(
                learner,
                "api/v1/me/progress",
                progress(course.course(), course.keys().get(0)));

        assertProblem(refused, 409);
        assertThat(get(learner, "api/v1/me/enrolments").body()).contains("\"total\":0");
    }

    @Test
    void anUnknownLessonOrADraftCourseIs404() throws Exception {
        LearningCourses.Built course = courses.published(trainer, courses.title("Bài lạ"), 1, 0);
        LearningCourses.Built draft = courses.draftOnly(trainer, courses.title("Nháp API"), 1);
        post(learner, "api/v1/me/enrolments", "{\"courseId\":" + course.course() + "}");

        assertProblem(post(learner, "api/v1/me/progress", progress(course.course(), "khong-co")), 404);
        assertProblem(
                post(
                        learner,
                        "api/v1/me/progress",
                        progress(draft.course(), draft.keys().get(0))),
                404);
        assertProblem(post(learner, "api/v1/me/enrolments", "{\"courseId\":" + draft.course() + "}"), 404);
        assertProblem(get(learner, "api/v1/courses/" + draft.course()), 404);
        assertThat(get(learner, "api/v1/courses?q=" + courses.suffix).body())
                .contains(courses.title("Bài lạ"))
                .doesNotContain(courses.title("Nháp API"))
                .contains("\"total\":1");
    }

    @Test
    void aMalformedBodyIs400() throws Exception {
        LearningCourses.Built course = courses.published(trainer, courses.title("Sai cú pháp"), 1, 0);
        post(learner, "api/v1/me/enrolments", "{\"courseId\":" + course.course() + "}");

        assertProblem(post(learner, "api/v1/me/progress", "{\"courseId\": "), 400);
        assertProblem(post(learner, "api/v1/me/progress", "{\"courseId\":\"abc\",\"lessonKey\":\"x\"}"), 400);
        assertProblem(post(learner, "api/v1/me/progress", "{\"courseId\":" + course.course() + "}"), 400);
        assertProblem(post(learner, "api/v1/me/progress", ""), 400);
        assertProblem(post(learner, "api/v1/me/enrolments", "[1]"), 400);
    }

    @Test
    void theCatalogueIsSearchedWithoutDiacriticsAndTheStructureHasLessonKeys() throws Exception {
        LearningCourses.Built course =
                courses.published(trainer, courses.title("Phòng chống lừa đảo"), 2, 1, "CYBER_SAFETY");

        String found = get(
                        learner,
                        "api/v1/courses?q=" + encode("phong chong lua dao " + courses.suffix) + "&service=CYBER_SAFETY")
                .body();
        String otherService = get(learner, "api/v1/courses?q=" + courses.suffix + "&service=VNEID")
                .body();
        String structure = get(learner, "api/v1/courses/" + course.course()).body();

        assertThat(found).contains("\"total\":1").contains("\"id\":" + course.course());
        assertThat(otherService).contains("\"total\":0");
        assertThat(structure)
                .contains(course.keys().get(0))
                .contains(course.optionalKeys().get(0));
        assertProblem(get(learner, "api/v1/courses?service=NO_SUCH"), 400);
    }

    @Test
    void manyRequestsAtOnceLoseNothing() throws Exception {
        LearningCourses.Built course = courses.published(trainer, courses.title("Đồng thời"), 4, 0);
        List<String> learners = new ArrayList<>();
        List<Long> members = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            long member = i == 0 ? org.memberA : newMember(i);
            String name = i == 0 ? learner : org.account("learner", null, member, "MEMBER");
            learners.add(name);
            members.add(member);
            post(name, "api/v1/me/enrolments", "{\"courseId\":" + course.course() + "}");
        }
        List<Callable<HttpResponse<String>>> calls = new ArrayList<>();
        for (String name : learners) {
            for (String key : course.keys()) {
                String body = progress(course.course(), key);
                calls.add(() -> post(name, "api/v1/me/progress", body));
                calls.add(() -> post(name, "api/v1/me/progress", body));
            }
        }

        List<HttpResponse<String>> answers = atOnce(calls, 20);

        assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(200);
        for (int i = 0; i < learners.size(); i++) {
            assertThat(get(learners.get(i), "api/v1/me/enrolments").body())
                    .contains("\"lessonsDone\":4")
                    .contains("\"completed\":true");
            assertThat(courses.progressRows(course.course(), members.get(i))).isEqualTo(4);
        }
    }

    private long newMember(int i) throws Exception {
        try (Connection c = TestDatabase.connect();
                PreparedStatement insert = c.prepareStatement(
                        "insert into member (full_name, search_key, phone) values (?, ?, ?)",
                        PreparedStatement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, "Người học " + i + " " + org.suffix);
            insert.setString(2, "nguoi hoc " + i + " " + org.suffix);
            insert.setString(3, TestDatabase.uniquePhone());
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static <T> List<T> atOnce(List<Callable<T>> calls, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> call : calls) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private static void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    }

    private static String progress(long course, String key) {
        return "{\"courseId\":" + course + ",\"lessonKey\":\"" + key + "\"}";
    }

    private HttpResponse<String> get(String username, String path) {
        return client.getWithBasic(path, username, TestDatabase.PASSWORD);
    }

    private HttpResponse<String> post(String username, String path, String json) throws Exception {
        URI uri = client.resolve(path);
        String token = Base64.getEncoder()
                .encodeToString((username + ":" + TestDatabase.PASSWORD).getBytes(StandardCharsets.UTF_8));
        return http.send(
                HttpRequest.newBuilder(uri)
                        .header("Authorization", "Basic " + token)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
