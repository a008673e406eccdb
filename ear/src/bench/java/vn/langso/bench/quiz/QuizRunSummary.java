package vn.langso.bench.quiz;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Prints the last Gatling run of {@link QuizSimulation} as a short table (requests, failures, p50/p95/p99/max per
 * request name, from the report's {@code js/stats.js}), checks in the database that every attempt of the run was
 * submitted with all its answers saved, and fails when a target is missed: a failed request, a lost answer, p95 of
 * starts at 1 s or more, p95 of answer saves at 300 ms or more.
 */
public final class QuizRunSummary {

    private QuizRunSummary() {}

    public static void main(String[] args) throws IOException, SQLException {
        Path results = Path.of(args[0]);
        String run = Files.readAllLines(results.resolve("lastRun.txt")).get(0).trim();
        Path report = results.resolve(run);
        JsonNode stats = statistics(report.resolve("js/stats.js"));

        List<JsonNode> requests = new ArrayList<>();
        collect(stats, requests);
        StringBuilder out = new StringBuilder(String.format(
                Locale.ROOT,
                "%n%-12s %7s %5s %7s %7s %7s %7s%n",
                "request",
                "n",
                "KO",
                "p50 ms",
                "p95 ms",
                "p99 ms",
                "max ms"));
        List<String> missed = new ArrayList<>();
        long failed = 0;
        for (JsonNode request : requests) {
            JsonNode s = request.path("stats");
            String name = s.path("name").asText();
            long ko = total(s, "numberOfRequests", "ko");
            failed += ko;
            long p95 = total(s, "percentiles3", "total");
            out.append(String.format(
                    Locale.ROOT,
                    "%-12s %7d %5d %7d %7d %7d %7d%n",
                    name,
                    total(s, "numberOfRequests", "total"),
                    ko,
                    total(s, "percentiles1", "total"),
                    p95,
                    total(s, "percentiles4", "total"),
                    total(s, "maxResponseTime", "total")));
            if (name.equals(QuizSimulation.START) && p95 >= QuizSimulation.START_P95_MILLIS) {
                missed.add("p95 of starts " + p95 + " ms >= " + QuizSimulation.START_P95_MILLIS + " ms");
            }
            if (name.equals(QuizSimulation.SAVE) && p95 >= QuizSimulation.SAVE_P95_MILLIS) {
                missed.add("p95 of answer saves " + p95 + " ms >= " + QuizSimulation.SAVE_P95_MILLIS + " ms");
            }
        }
        for (String name : List.of(QuizSimulation.START, QuizSimulation.SAVE, QuizSimulation.SUBMIT)) {
            if (requests.stream().noneMatch(r -> name.equals(r.path("name").asText()))) {
                missed.add("no \"" + name + "\" request was made");
            }
        }
        if (failed > 0) {
            missed.add(failed + " failed requests");
        }
        out.append(inDatabase(missed));
        out.append(String.format("Report: %s%n", report.resolve("index.html")));
        out.append(missed.isEmpty() ? "Targets met." : "Targets missed: " + String.join("; ", missed))
                .append('\n');
        System.out.print(out);
        if (!missed.isEmpty()) {
            throw new IllegalStateException("Targets missed: " + String.join("; ", missed));
        }
    }

    /** The attempts as the server left them: a 204 for an answer that was not kept would be a lost update. */
    private static String inDatabase(List<String> missed) throws SQLException, IOException {
        try (Connection db = QuizBenchData.connect();
                PreparedStatement query = db.prepareStatement("SELECT COUNT(*),"
                        + " COALESCE(SUM(a.status = 'SUBMITTED'), 0),"
                        + " (SELECT COUNT(*) FROM attempt_question q JOIN quiz_attempt b ON b.id = q.attempt_id"
                        + " WHERE b.quiz_id = ? AND q.chosen IS NOT NULL AND q.chosen <> '')"
                        + " FROM quiz_attempt a WHERE a.quiz_id = ?")) {
            long quiz = QuizBenchData.quizId(db);
            query.setLong(1, quiz);
            query.setLong(2, quiz);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                long attempts = row.getLong(1);
                long submitted = row.getLong(2);
                long answered = row.getLong(3);
                if (submitted != attempts || answered != attempts * QuizBenchData.QUESTIONS) {
                    missed.add("in the database " + submitted + " of " + attempts + " attempts submitted and "
                            + answered + " answers kept");
                }
                return String.format(
                        Locale.ROOT,
                        "In the database: %d attempts, %d submitted, %d answers kept (%d expected)%n",
                        attempts,
                        submitted,
                        answered,
                        attempts * QuizBenchData.QUESTIONS);
            }
        }
    }

    /**
     * The report's figures: Gatling 3.13 writes them only as a JavaScript object literal ({@code var stats = {...};}
     * followed by functions), which reads as JSON once field names may go unquoted and the parser stops after it.
     */
    private static JsonNode statistics(Path statsJs) throws IOException {
        String script = Files.readString(statsJs);
        ObjectMapper json = JsonMapper.builder()
                .enable(JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES)
                .build();
        return json.readTree(script.substring(script.indexOf('{')));
    }

    private static void collect(JsonNode node, List<JsonNode> requests) {
        if ("REQUEST".equals(node.path("type").asText())) {
            requests.add(node);
        }
        node.path("contents").forEach(child -> collect(child, requests));
    }

    /** Gatling writes "-" for a figure it has no sample for. */
    private static long total(JsonNode stats, String figure, String part) {
        return stats.path(figure).path(part).asLong(-1);
    }
}
