package vn.langso.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import vn.langso.it.WebClient;

/**
 * How fast the team and member lists answer with the demo province loaded: paging, filtering and searching, as
 * the admin (all 1,264 teams and 8,123 members) and as the Chợ Gạo coordinator (their district only), through the
 * list pages and the API that share their boundaries. Start LangSo first ({@code ./mvnw -Prun package}), then
 * {@code ./mvnw -pl ear -Pbench-org-lists test-compile}. Times are taken at the client over loopback, so they bound
 * the server's time from above; requests are sequential, one at a time.
 */
public final class OrgListsBenchmark {

    static final String PASSWORD = "LangSo@2026";
    static final List<String> SEARCHES = List.of("nguyen", "tran thi", "cho gao", "tan", "my phuoc", "hung", "0912");

    public static void main(String[] args) throws Exception {
        URI base = URI.create(System.getProperty("langso.url", "http://localhost:8080/"));
        int rounds = Integer.getInteger("rounds", 200);
        boolean pagesToo = !Boolean.getBoolean("apiOnly");
        LatencyRecorder latencies = new LatencyRecorder();
        Random random = new Random(42);
        for (String user : List.of("admin", "dieuphoi")) {
            WebClient api = new WebClient(base.toURL());
            WebClient pages = new WebClient(base.toURL());
            if (pages.signIn(user, PASSWORD).statusCode() != 302) {
                throw new IllegalStateException("Cannot sign in as " + user + ": is the demo data loaded?");
            }
            warmUp(api, pages, user);
            for (int round = 0; round < rounds; round++) {
                int page = random.nextInt(20);
                String search = SEARCHES.get(random.nextInt(SEARCHES.size()));
                String sort = List.of("name", "-name", "unitName", "foundedOn").get(random.nextInt(4));
                time(
                        latencies,
                        user + " GET teams page",
                        () -> api.getWithBasic("api/v1/teams?page=" + page + "&size=25&sort=" + sort, user, PASSWORD));
                time(
                        latencies,
                        user + " GET teams search",
                        () -> api.getWithBasic("api/v1/teams?size=25&active=true&q=" + encode(search), user, PASSWORD));
                time(
                        latencies,
                        user + " GET members page",
                        () -> api.getWithBasic(
                                "api/v1/members?page=" + page * 10 + "&size=25&sort=fullName", user, PASSWORD));
                time(
                        latencies,
                        user + " GET members search",
                        () -> api.getWithBasic("api/v1/members?size=25&q=" + encode(search), user, PASSWORD));
                if (pagesToo && round % 4 == 0) {
                    time(latencies, user + " page org/teams.xhtml", () -> pages.get("org/teams.xhtml"));
                    time(latencies, user + " page org/members.xhtml", () -> pages.get("org/members.xhtml"));
                }
            }
        }
        System.out.print(latencies.report());
    }

    private static void warmUp(WebClient api, WebClient pages, String user) {
        for (int i = 0; i < 20; i++) {
            api.getWithBasic("api/v1/teams?page=" + i, user, PASSWORD);
            api.getWithBasic("api/v1/members?page=" + i, user, PASSWORD);
            if (!Boolean.getBoolean("apiOnly")) {
                pages.get("org/teams.xhtml");
            }
        }
    }

    private static void time(LatencyRecorder latencies, String scenario, Supplier<HttpResponse<String>> request) {
        long start = System.nanoTime();
        HttpResponse<String> response = request.get();
        long elapsed = System.nanoTime() - start;
        if (response.statusCode() != 200) {
            throw new IllegalStateException(scenario + " answered " + response.statusCode() + ": " + response.body());
        }
        latencies.record(scenario, elapsed);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
