package vn.langso.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.langso.it.WebClient;

/**
 * Coverage at province scale ({@code LANGSO_DEMO=province}: 500,000 households, about five million visits): the
 * dashboards' reads, how soon a visit shows in the province's figure, and the nightly recount.
 *
 * <ul>
 *   <li>Dashboard reads timed at the client: the province as the admin and Chợ Gạo as its coordinator
 *       ({@code dieuphoi}), this month and this year, through the API ({@code /api/v1/coverage/units}, the figures of
 *       every child unit) and the coordinator's dashboard page.
 *   <li>Freshness: the demo member ({@code tovien}) logs a visit, and the admin's figure of the province's visits
 *       today is read until it counts it; the time from the visit's answer to the figure.
 *   <li>The nightly recount, run through the API and timed from the job's own history, with the drift it found.
 * </ul>
 *
 * Start LangSo with the province demo first (README), wait for the log line "Coverage counted for the first time",
 * then {@code ./mvnw -pl ear -Pbench-coverage test-compile} ({@code -Drounds=100}, {@code -Dvisits=20},
 * {@code -Drecount=false} to skip the recount).
 */
public final class CoverageBenchmark {

    static final String PASSWORD = "LangSo@2026";
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    static final String JOB = "coverage-recount";

    public static void main(String[] args) throws Exception {
        URI base = URI.create(System.getProperty("langso.url", "http://localhost:8080/"));
        int rounds = Integer.getInteger("rounds", 100);
        int visits = Integer.getInteger("visits", 20);
        boolean recount = Boolean.parseBoolean(System.getProperty("recount", "true"));
        try (Connection db = BenchLearners.connect()) {
            System.out.printf(
                    Locale.ROOT,
                    "%,d households, %,d visits, %,d counter rows%n",
                    count(db, "select count(*) from household"),
                    count(db, "select count(*) from visit"),
                    count(db, "select count(*) from coverage_count"));
            LatencyRecorder latencies = new LatencyRecorder();
            dashboards(base, rounds, latencies);
            System.out.print(latencies.report());
            freshness(db, base, visits);
            if (recount) {
                System.out.println(runJob(db, base, "nightly recount"));
            }
        }
    }

    static void dashboards(URI base, int rounds, LatencyRecorder latencies) throws Exception {
        WebClient api = new WebClient(base.toURL());
        WebClient page = new WebClient(base.toURL());
        page.signIn("dieuphoi", PASSWORD);
        LocalDate today = LocalDate.now(VIETNAM);
        String month = "?from=" + today.withDayOfMonth(1) + "&to=" + today;
        String year = "?from=" + today.withDayOfYear(1) + "&to=" + today;
        for (int warm = 0; warm < 10; warm++) {
            api.getWithBasic("api/v1/coverage/units" + month, "admin", PASSWORD);
            api.getWithBasic("api/v1/coverage/units" + month, "dieuphoi", PASSWORD);
        }
        for (int round = 0; round < rounds; round++) {
            time(latencies, "admin, province, this month (API)", api, "api/v1/coverage/units" + month, "admin");
            time(latencies, "admin, province, this year (API)", api, "api/v1/coverage/units" + year, "admin");
            time(latencies, "admin, province trend (API)", api, "api/v1/coverage/trend", "admin");
            time(
                    latencies,
                    "coordinator, district, this month (API)",
                    api,
                    "api/v1/coverage/units" + month,
                    "dieuphoi");
            time(latencies, "coordinator, district, this year (API)", api, "api/v1/coverage/units" + year, "dieuphoi");
            long start = System.nanoTime();
            HttpResponse<String> shown = page.get("coverage/dashboard.xhtml");
            if (shown.statusCode() != 200) {
                throw new IllegalStateException("The dashboard page answered " + shown.statusCode());
            }
            latencies.record("coordinator, dashboard page (HTML)", System.nanoTime() - start);
        }
    }

    /** A visit logged, then the province's visits of today read as the admin until they count it. */
    static void freshness(Connection db, URI base, int visits) throws Exception {
        WebClient api = new WebClient(base.toURL());
        long household = firstHouseholdOfTheMembersArea(db);
        String today = "?from=" + LocalDate.now(VIETNAM) + "&to=" + LocalDate.now(VIETNAM);
        List<Double> millis = new ArrayList<>();
        int reads = 0;
        for (int i = 0; i < visits; i++) {
            long before = visitsOf(api.getWithBasic("api/v1/coverage/units" + today, "admin", PASSWORD)
                    .body());
            LocalDateTime at = LocalDateTime.now(VIETNAM).truncatedTo(ChronoUnit.MINUTES);
            HttpResponse<String> logged = put(
                    "tovien",
                    base,
                    "api/v1/visits/" + UUID.randomUUID(),
                    "{\"householdId\":"
                            + household + ",\"visitedAt\":\"" + at + ":00\",\"services\":[{\"code\":\"VNEID\","
                            + "\"outcome\":\"DONE\"}]}");
            long answered = System.nanoTime();
            if (logged.statusCode() != 201) {
                throw new IllegalStateException("The visit answered " + logged.statusCode() + ": " + logged.body());
            }
            while (true) {
                reads++;
                long now = visitsOf(api.getWithBasic("api/v1/coverage/units" + today, "admin", PASSWORD)
                        .body());
                if (now > before) {
                    millis.add((System.nanoTime() - answered) / 1e6);
                    break;
                }
                if (System.nanoTime() - answered > Duration.ofSeconds(10).toNanos()) {
                    throw new IllegalStateException("A visit was not counted in the province within 10 s");
                }
            }
        }
        Collections.sort(millis);
        System.out.printf(
                Locale.ROOT,
                "a visit in the province's figure: %d visits, %d reads; after its answer: median %.1f ms, max %.1f ms%n",
                visits,
                reads,
                millis.get(millis.size() / 2),
                millis.get(millis.size() - 1));
    }

    private static long visitsOf(String json) {
        // The whole's figures come after the rows: the last "visits" of the answer.
        Matcher visits = Pattern.compile("\"visits\":(\\d+)").matcher(json);
        long last = -1;
        while (visits.find()) {
            last = Long.parseLong(visits.group(1));
        }
        if (last < 0) {
            throw new IllegalStateException("No figures in: " + json);
        }
        return last;
    }

    private static long firstHouseholdOfTheMembersArea(Connection db) throws SQLException {
        return count(
                db,
                "select min(h.id) from household h join admin_unit u on u.id = h.unit_id"
                        + " join team t on u.path like concat((select path from admin_unit where id = t.unit_id), '%')"
                        + " join team_membership m on m.team_id = t.id and m.ended_on is null"
                        + " join account a on a.member_id = m.member_id where a.username = 'tovien'");
    }

    static String runJob(Connection db, URI base, String label) throws Exception {
        JobRuns.Run run = JobRuns.run(db, base, JOB, PASSWORD, Duration.ofMinutes(60));
        return String.format(
                Locale.ROOT,
                "%s: %.1f s, %s (hamlets, households, counters drifted: %s)",
                label,
                run.took().toMillis() / 1e3,
                run.outcome(),
                run.summaryArgs());
    }

    private static void time(LatencyRecorder latencies, String scenario, WebClient api, String path, String user) {
        long start = System.nanoTime();
        HttpResponse<String> response = api.getWithBasic(path, user, PASSWORD);
        long elapsed = System.nanoTime() - start;
        if (response.statusCode() != 200) {
            throw new IllegalStateException(scenario + " answered " + response.statusCode() + ": " + response.body());
        }
        latencies.record(scenario, elapsed);
    }

    private static HttpResponse<String> put(String user, URI base, String path, String body) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(base.resolve(path))
                                .header("Authorization", basic(user))
                                .header("Content-Type", "application/json")
                                .PUT(HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static long count(Connection db, String sql) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(sql);
                ResultSet row = query.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }
}
