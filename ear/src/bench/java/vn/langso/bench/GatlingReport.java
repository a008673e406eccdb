package vn.langso.bench;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The figures of the last Gatling run, per request name, read from its report, and printed as a short table. */
public record GatlingReport(Path index, List<Request> requests) {

    /** Counts and response times (ms) of one request name; -1 where Gatling had no sample. */
    public record Request(String name, long total, long failed, long p50, long p95, long p99, long max) {}

    public static GatlingReport lastRun(Path results) throws IOException {
        String run = Files.readAllLines(results.resolve("lastRun.txt")).get(0).trim();
        Path report = results.resolve(run);
        List<JsonNode> nodes = new ArrayList<>();
        collect(statistics(report.resolve("js/stats.js")), nodes);
        List<Request> requests = nodes.stream()
                .map(node -> node.path("stats"))
                .map(s -> new Request(
                        s.path("name").asText(),
                        total(s, "numberOfRequests", "total"),
                        total(s, "numberOfRequests", "ko"),
                        total(s, "percentiles1", "total"),
                        total(s, "percentiles3", "total"),
                        total(s, "percentiles4", "total"),
                        total(s, "maxResponseTime", "total")))
                .toList();
        return new GatlingReport(report.resolve("index.html"), requests);
    }

    public long failed() {
        return requests.stream().mapToLong(Request::failed).sum();
    }

    public Request request(String name) {
        return requests.stream().filter(r -> r.name().equals(name)).findFirst().orElse(null);
    }

    public String table() {
        StringBuilder out = new StringBuilder(String.format(
                Locale.ROOT, "%n%-12s %7s %5s %7s %7s %7s %7s%n", "request", "n", "KO", "p50 ms", "p95 ms", "p99 ms",
                "max ms"));
        for (Request r : requests) {
            out.append(String.format(
                    Locale.ROOT,
                    "%-12s %7d %5d %7d %7d %7d %7d%n",
                    r.name(),
                    r.total(),
                    r.failed(),
                    r.p50(),
                    r.p95(),
                    r.p99(),
                    r.max()));
        }
        return out.toString();
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
