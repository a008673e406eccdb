package vn.langso.bench.quiz;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A class told by the trainer to start the final quiz: {@code learners} members (1,000 by default) start the same
 * 20-question quiz, spread evenly over {@code ramp} seconds (60), each then answers every question after thinking
 * {@code thinkMin} to {@code thinkMax} seconds (2 to 5), picking one of its choices at random, and submits. Every
 * request goes through the API with HTTP Basic, as the mobile app would. The run passes when no request fails, the
 * 95th percentile of starts stays under 1 s and that of answer saves under 300 ms. The data (learners, course,
 * quiz, enrolments) is prepared in the database first and the quiz's earlier attempts removed: see
 * {@link QuizBenchData}.
 */
public class QuizSimulation extends Simulation {

    static final String START = "start";
    static final String SAVE = "save answer";
    static final String SUBMIT = "submit";
    static final int START_P95_MILLIS = 1_000;
    static final int SAVE_P95_MILLIS = 300;

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The choice a learner makes for one question of the attempt. */
    record Answer(long questionId, long choiceId) {}

    public QuizSimulation() throws SQLException, IOException {
        int learners = Integer.getInteger("learners", 1_000);
        Duration ramp = Duration.ofSeconds(Integer.getInteger("ramp", 60));
        Duration thinkMin = Duration.ofSeconds(Integer.getInteger("thinkMin", 2));
        Duration thinkMax = Duration.ofSeconds(Integer.getInteger("thinkMax", 5));
        QuizBenchData.Prepared data = QuizBenchData.prepare(learners);
        System.out.printf(
                "Quiz %d of course %d: %d learners over %s, thinking %s to %s per question%n",
                data.quizId(), data.courseId(), learners, ramp, thinkMin, thinkMax);

        HttpProtocolBuilder api = http.baseUrl(System.getProperty("langso.url", "http://localhost:8080/"))
                .acceptHeader("application/json")
                .contentTypeHeader("application/json")
                .basicAuth("#{username}", data.password())
                .disableWarmUp();
        List<Map<String, Object>> accounts = data.usernames().stream()
                .map(username -> Map.<String, Object>of("username", username))
                .toList();
        ScenarioBuilder learner = scenario("Learner takes the quiz")
                .feed(listFeeder(accounts).queue())
                .exec(start(data.quizId()))
                .exitHereIfFailed()
                .exec(session -> session.set("answers", answers(session.getString("attempt")))
                        .remove("attempt"))
                .foreach(session -> session.getList("answers"), "answer")
                .on(pause(thinkMin, thinkMax), exec(save()))
                .exec(http(SUBMIT)
                        .post("api/v1/me/attempts/#{attemptId}/submission")
                        .check(status().is(200))
                        .check(jsonPath("$.status").is("SUBMITTED")));

        setUp(learner.injectOpen(rampUsers(learners).during(ramp)))
                .protocols(api)
                .assertions(
                        global().failedRequests().count().is(0L),
                        details(START).responseTime().percentile(95.0).lt(START_P95_MILLIS),
                        details(SAVE).responseTime().percentile(95.0).lt(SAVE_P95_MILLIS));
    }

    /** The reset leaves no attempt behind, so every start must create one: a 200 would be a resumed attempt. */
    private static ChainBuilder start(long quizId) {
        return exec(http(START)
                .post("api/v1/me/quizzes/" + quizId + "/attempts")
                .check(status().is(201))
                .check(jsonPath("$.status").is("IN_PROGRESS"))
                .check(jsonPath("$.attemptId").ofLong().saveAs("attemptId"))
                .check(jsonPath("$.questions[*].questionId").count().is(QuizBenchData.QUESTIONS))
                .check(bodyString().saveAs("attempt")));
    }

    private static ChainBuilder save() {
        return exec(http(SAVE)
                .put(session -> "api/v1/me/attempts/" + session.getLong("attemptId") + "/answers/"
                        + answer(session).questionId())
                .body(StringBody(session -> "{\"choiceIds\":[" + answer(session).choiceId() + "]}"))
                .check(status().is(204)));
    }

    private static Answer answer(Session session) {
        return session.get("answer");
    }

    /** One random choice per question, in the order the attempt asks them. */
    static List<Answer> answers(String attempt) {
        try {
            List<Answer> answers = new ArrayList<>();
            for (JsonNode question : JSON.readTree(attempt).path("questions")) {
                JsonNode choices = question.path("choices");
                JsonNode choice = choices.get(ThreadLocalRandom.current().nextInt(choices.size()));
                answers.add(new Answer(
                        question.path("questionId").asLong(), choice.path("id").asLong()));
            }
            return answers;
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
