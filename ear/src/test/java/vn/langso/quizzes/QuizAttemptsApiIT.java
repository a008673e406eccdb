package vn.langso.quizzes;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
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

/** The attempt API as a phone uses it: start (201, then 200), save answers (204), submit; refusals as problem+json. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class QuizAttemptsApiIT {

    private static final Pattern ATTEMPT_ID = Pattern.compile("\"attemptId\":(\\d+)");

    @ArquillianResource
    URL base;

    OrgFixture org;
    LearningCourses courses;
    QuizCourses quizzes;
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
        quizzes = new QuizCourses(TestDatabase::connect, courses);
        client = new WebClient(base);
        http = HttpClient.newHttpClient();
        trainer = org.account("trainer", null, null, "TRAINER");
        learner = org.account("learner", null, org.memberA, "MEMBER");
    }

    @Test
    void aLearnerStartsAnswersAndSubmitsThroughTheApi() throws Exception {
        QuizCourses.Built quiz = quizzes.published(trainer, courses.title("API"), 0);
        QuizCourses.Question question = quizzes.single(quiz, true);
        send(
                learner,
                "POST",
                "api/v1/me/enrolments",
                "{\"courseId\":" + quiz.course().course() + "}");

        HttpResponse<String> started = send(learner, "POST", "api/v1/me/quizzes/" + quiz.quiz() + "/attempts", "");
        HttpResponse<String> again = send(learner, "POST", "api/v1/me/quizzes/" + quiz.quiz() + "/attempts", "");
        long attempt = attemptId(started.body());
        String answer = "api/v1/me/attempts/" + attempt + "/answers/" + question.id();
        HttpResponse<String> saved = send(
                learner, "PUT", answer, "{\"choiceIds\":[" + question.right().get(0) + "]}");
        HttpResponse<String> savedAgain = send(
                learner, "PUT", answer, "{\"choiceIds\":[" + question.right().get(0) + "]}");
        HttpResponse<String> submitted = send(learner, "POST", "api/v1/me/attempts/" + attempt + "/submission", "");
        HttpResponse<String> late = send(
                learner, "PUT", answer, "{\"choiceIds\":[" + question.wrong().get(0) + "]}");

        assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
        assertThat(started.body()).contains("\"status\":\"IN_PROGRESS\"").doesNotContain("\"correct\":true");
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(attemptId(again.body())).isEqualTo(attempt);
        assertThat(saved.statusCode()).isEqualTo(204);
        assertThat(savedAgain.statusCode()).isEqualTo(204);
        assertThat(submitted.statusCode()).isEqualTo(200);
        assertThat(submitted.body()).contains("\"status\":\"SUBMITTED\"").contains("\"passed\":true");
        assertProblem(late, 409);
    }

    @Test
    void malformedAnswersUnknownAttemptsAndQuizzesOfCoursesNotEnrolledAreRefused() throws Exception {
        QuizCourses.Built quiz = quizzes.published(trainer, courses.title("API sai"), 0);
        QuizCourses.Question question = quizzes.single(quiz, true);
        assertProblem(send(learner, "POST", "api/v1/me/quizzes/" + quiz.quiz() + "/attempts", ""), 409);
        send(
                learner,
                "POST",
                "api/v1/me/enrolments",
                "{\"courseId\":" + quiz.course().course() + "}");
        long attempt = attemptId(send(learner, "POST", "api/v1/me/quizzes/" + quiz.quiz() + "/attempts", "")
                .body());
        String answer = "api/v1/me/attempts/" + attempt + "/answers/" + question.id();

        assertProblem(send(learner, "PUT", answer, "{\"choiceIds\":"), 400);
        assertProblem(send(learner, "PUT", answer, "{}"), 400);
        assertProblem(send(learner, "PUT", answer, "{\"choiceIds\":[999999999]}"), 400);
        assertProblem(send(learner, "PUT", "api/v1/me/attempts/999999999/answers/1", "{\"choiceIds\":[]}"), 404);
        assertProblem(send(learner, "POST", "api/v1/me/quizzes/999999999/attempts", ""), 404);
    }

    @Test
    void fiveStartsSentAtOnceMakeOneAttemptAndAllAnswerIt() throws Exception {
        QuizCourses.Built quiz = quizzes.published(trainer, courses.title("API song song"), 0);
        quizzes.single(quiz, true);
        send(
                learner,
                "POST",
                "api/v1/me/enrolments",
                "{\"courseId\":" + quiz.course().course() + "}");

        List<HttpResponse<String>> starts =
                atOnce(5, () -> send(learner, "POST", "api/v1/me/quizzes/" + quiz.quiz() + "/attempts", ""));

        assertThat(starts).extracting(HttpResponse::statusCode).containsOnly(201, 200);
        assertThat(starts).filteredOn(r -> r.statusCode() == 201).hasSize(1);
        assertThat(starts.stream().map(r -> attemptId(r.body())).distinct()).hasSize(1);
    }

    @Test
    void fiveSubmissionsSentAtOnceAllAnswerTheOneGradedResult() throws Exception {
        QuizCourses.Built quiz = quizzes.published(trainer, courses.title("API nộp song song"), 0);
        QuizCourses.Question question = quizzes.single(quiz, true);
        send(
                learner,
                "POST",
                "api/v1/me/enrolments",
                "{\"courseId\":" + quiz.course().course() + "}");
        long attempt = attemptId(send(learner, "POST", "api/v1/me/quizzes/" + quiz.quiz() + "/attempts", "")
                .body());
        send(
                learner,
                "PUT",
                "api/v1/me/attempts/" + attempt + "/answers/" + question.id(),
                "{\"choiceIds\":[" + question.right().get(0) + "]}");

        List<HttpResponse<String>> submissions =
                atOnce(5, () -> send(learner, "POST", "api/v1/me/attempts/" + attempt + "/submission", ""));

        assertThat(submissions).allSatisfy(r -> {
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            assertThat(r.body()).contains("\"status\":\"SUBMITTED\"").contains("\"passed\":true");
        });
    }

    /** The same request from several threads released together, as a phone retrying on a weak signal does. */
    private static List<HttpResponse<String>> atOnce(int times, Callable<HttpResponse<String>> request)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(times);
        try {
            CountDownLatch ready = new CountDownLatch(times);
            List<Future<HttpResponse<String>>> sent = new ArrayList<>();
            for (int i = 0; i < times; i++) {
                sent.add(pool.submit(() -> {
                    ready.countDown();
                    ready.await();
                    return request.call();
                }));
            }
            List<HttpResponse<String>> answers = new ArrayList<>();
            for (Future<HttpResponse<String>> answer : sent) {
                answers.add(answer.get(60, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    private static long attemptId(String body) {
        Matcher matcher = ATTEMPT_ID.matcher(body);
        assertThat(matcher.find()).as(body).isTrue();
        return Long.parseLong(matcher.group(1));
    }

    private static void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    }

    private HttpResponse<String> send(String username, String method, String path, String json) throws Exception {
        String token = Base64.getEncoder()
                .encodeToString((username + ":" + TestDatabase.PASSWORD).getBytes(StandardCharsets.UTF_8));
        return http.send(
                HttpRequest.newBuilder(client.resolve(path))
                        .header("Authorization", "Basic " + token)
                        .header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
