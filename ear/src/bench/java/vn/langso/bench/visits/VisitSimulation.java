package vn.langso.bench.visits;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Field workers logging visits through the API as the field app does: {@code rate} new visits a second (500 by
 * default) for {@code duration} seconds (60), each a {@code PUT /api/v1/visits/{uuid}} made on the phone, for one of
 * the worker's households, with two services and a resident; one in ten is sent a second time, as a phone that lost
 * the answer would, and must answer 200 with the stored visit. Each of the {@code workers} accounts (300) signs in
 * once, as the field app does, and sends its visits with its device token. The summary ({@link VisitRunSummary})
 * judges the run.
 */
public class VisitSimulation extends Simulation {

    static final String CREATE = "create";
    static final String RESEND = "resend";
    static final int P99_MILLIS = 100;
    static final Path START_FILE = Path.of("target", "visit-bench-start.txt");
    static final String[] SERVICES = {"VNEID", "PUBLIC_SERVICE", "CASHLESS", "ECOMMERCE", "CYBER_SAFETY", "CITIZEN_APP"};
    static final String[] OUTCOMES = {"DONE", "PARTIAL", "DECLINED", "NOT_ELIGIBLE"};

    public VisitSimulation() throws SQLException, IOException {
        int rate = Integer.getInteger("rate", 500);
        Duration duration = Duration.ofSeconds(Integer.getInteger("duration", 60));
        List<VisitBenchData.Worker> workers = VisitBenchData.prepare(Integer.getInteger("workers", 300)).stream()
                .filter(worker -> !worker.households().isEmpty())
                .toList();
        if (workers.isEmpty()) {
            throw new IllegalStateException("No field worker with households: start LangSo with the demo data first");
        }
        System.out.printf("%d workers, %d visits a second for %s%n", workers.size(), rate, duration);
        // The summary counts in the database the visits stored since this moment.
        Files.writeString(START_FILE, LocalDateTime.now(ZoneOffset.UTC).toString());

        HttpProtocolBuilder api = http.baseUrl(System.getProperty("langso.url", "http://localhost:8080/"))
                .acceptHeader("application/json")
                .contentTypeHeader("application/json")
                .header("Authorization", "Bearer #{token}")
                .shareConnections()
                .disableWarmUp();
        String url = System.getProperty("langso.url", "http://localhost:8080/");
        List<Map<String, Object>> feed = new ArrayList<>();
        for (VisitBenchData.Worker worker : workers) {
            feed.add(Map.of("token", DeviceSignIn.token(url, worker.username()), "households", worker.households()));
        }
        ScenarioBuilder visit = scenario("Worker logs a visit")
                .feed(listFeeder(feed).circular())
                .exec(session -> session.set("id", UUID.randomUUID().toString())
                        .set("body", body(session.getList("households"))))
                .exec(http(CREATE)
                        .put("api/v1/visits/#{id}")
                        .body(StringBody("#{body}"))
                        .check(status().is(201)))
                .doIf(session -> ThreadLocalRandom.current().nextInt(10) == 0)
                .then(http(RESEND)
                        .put("api/v1/visits/#{id}")
                        .body(StringBody("#{body}"))
                        .check(status().is(200)));

        setUp(visit.injectOpen(constantUsersPerSec(rate).during(duration)))
                .protocols(api)
                .assertions(global().failedRequests().count().is(0L));
    }

    /** A visit to one of the households, at some time of the last day. */
    static String body(List<Long> households) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        LocalDateTime at = LocalDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh"))
                .minusMinutes(random.nextInt(24 * 60))
                .truncatedTo(ChronoUnit.SECONDS);
        String first = SERVICES[random.nextInt(SERVICES.length)];
        String second = SERVICES[(Arrays.asList(SERVICES).indexOf(first) + 1 + random.nextInt(SERVICES.length - 1))
                % SERVICES.length];
        return "{\"householdId\":" + households.get(random.nextInt(households.size())) + ",\"visitedAt\":\"" + at
                + "\",\"services\":[{\"code\":\"" + first + "\",\"outcome\":\"" + OUTCOMES[random.nextInt(4)]
                + "\",\"note\":\"Hướng dẫn cài đặt\"},{\"code\":\"" + second + "\",\"outcome\":\""
                + OUTCOMES[random.nextInt(4)] + "\"}],\"residents\":[{\"name\":\"Nguyễn Văn Thử\",\"birthYear\":"
                + (1940 + random.nextInt(60)) + ",\"skills\":[\"ONLINE_PAYMENT\"]}],\"latitude\":10.35,"
                + "\"longitude\":106.46,\"accuracyMeters\":" + (5 + random.nextInt(60)) + "}";
    }
}
