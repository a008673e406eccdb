package vn.langso.bench.visits;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import vn.langso.bench.BenchLearners;

/**
 * Kills WildFly ({@code -Dkill=server}) or the database ({@code -Dkill=database}) with SIGKILL in the middle of a
 * visit-write load, starts LangSo again, and checks that every visit the server acknowledged (201 or 200) is stored
 * exactly once. The clients behave like the field app's outbox: each visit has its UUID and is sent again, with the
 * same body, until an answer comes; only then is the next one made. LangSo runs from its own data directory
 * ({@code ear/target/durability-data}, demo data on first start) with the launcher of {@code ./mvnw -Prun package},
 * as a child process, so nothing else may listen on port 8080.
 */
public final class VisitDurability {

    static final String URL = "http://localhost:8080/";
    static final Duration READY_TIMEOUT = Duration.ofMinutes(6);

    private final String kill;
    private final int clients;
    private final Duration load;
    private final Path dataDir = Path.of("target", "durability-data").toAbsolutePath();
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    private final AtomicLong sends = new AtomicLong();
    private final AtomicLong failedSends = new AtomicLong();
    /** Visits LangSo refused (a problem+json 4xx), with the answer: the field app would park them. */
    private final Map<String, String> refused = new ConcurrentHashMap<>();
    /** What the run is doing, said with each refusal. */
    private volatile String phase = "before the kill";
    private volatile boolean loading = true;
    private Process launcher;

    private VisitDurability(String kill, int clients, Duration load) {
        this.kill = kill;
        this.clients = clients;
        this.load = load;
    }

    public static void main(String[] args) throws Exception {
        String kill = System.getProperty("kill", "server").toLowerCase(Locale.ROOT);
        if (!kill.equals("server") && !kill.equals("database")) {
            throw new IllegalArgumentException("-Dkill=server or -Dkill=database");
        }
        new VisitDurability(kill, Integer.getInteger("clients", 16), Duration.ofSeconds(Integer.getInteger("seconds", 60)))
                .run();
    }

    private void run() throws Exception {
        if (healthy()) {
            throw new IllegalStateException("Something already answers at " + URL + ": stop it first");
        }
        try {
            startLangSo();
            List<VisitBenchData.Worker> workers;
            try (Connection db = connect()) {
                workers = VisitBenchData.prepare(db, clients);
            }
            LocalDateTime started = LocalDateTime.now(ZoneId.of("UTC"));
            List<Thread> threads = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                VisitBenchData.Worker worker = workers.get(i % workers.size());
                Thread thread = new Thread(() -> client(worker), "client-" + i);
                thread.start();
                threads.add(thread);
            }
            Thread.sleep(load.toMillis() / 3);
            long before = acknowledged.size();
            long killedAt = System.nanoTime();
            phase = "while killed and restarting";
            killAndRestart();
            phase = "after the restart";
            long down = (System.nanoTime() - killedAt) / 1_000_000;
            Thread.sleep(load.toMillis() / 3);
            loading = false;
            for (Thread thread : threads) {
                thread.join(Duration.ofMinutes(3).toMillis());
            }
            report(started, before, down);
        } finally {
            stopLangSo();
        }
    }

    /** One phone's outbox: a visit is sent until answered, then the next is made. */
    private void client(VisitBenchData.Worker worker) {
        String basic = "Basic " + Base64.getEncoder()
                .encodeToString((worker.username() + ":" + BenchLearners.PASSWORD).getBytes(StandardCharsets.UTF_8));
        while (loading) {
            String id = UUID.randomUUID().toString();
            String body = VisitSimulation.body(worker.households());
            while (true) {
                sends.incrementAndGet();
                try {
                    HttpResponse<String> answer = http.send(
                            HttpRequest.newBuilder(URI.create(URL + "api/v1/visits/" + id))
                                    .timeout(Duration.ofSeconds(10))
                                    .header("Authorization", basic)
                                    .header("Content-Type", "application/json")
                                    .PUT(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (answer.statusCode() == 201 || answer.statusCode() == 200) {
                        acknowledged.add(id);
                        break;
                    }
                    // As the field app decides: only LangSo's own refusal (problem+json) ends a visit's sending; a
                    // 404 page of the server while the application restarts is sent again.
                    boolean problem = answer.headers()
                            .firstValue("Content-Type")
                            .orElse("")
                            .startsWith("application/problem+json");
                    if (answer.statusCode() >= 400 && answer.statusCode() < 500 && answer.statusCode() != 401
                            && problem) {
                        refused.put(id, phase + ": " + answer.statusCode() + " " + answer.body());
                        break;
                    }
                } catch (IOException e) {
                    // No answer: the server or the database is down; the same visit is sent again.
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                failedSends.incrementAndGet();
                pause(500);
            }
        }
    }

    private void killAndRestart() throws Exception {
        ProcessHandle victim = launcher.toHandle()
                .descendants()
                .filter(p -> p.info().commandLine().orElse("").contains(kill.equals("server") ? "jboss-modules" : "mariadbd"))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No " + kill + " process under the launcher"));
        System.out.printf("kill -9 %d (%s) with %d visits acknowledged%n", victim.pid(), kill, acknowledged.size());
        victim.destroyForcibly();
        victim.onExit().get(30, TimeUnit.SECONDS);
        pause(3_000);
        // WildFly killed: the launcher stops the database and exits. Database killed: the server stays up without
        // it, so the launcher is stopped (Ctrl-C) before LangSo starts again on the crashed database's files.
        launcher.destroy();
        if (!launcher.waitFor(2, TimeUnit.MINUTES)) {
            launcher.destroyForcibly().waitFor();
        }
        startLangSo();
    }

    private void report(LocalDateTime started, long beforeKill, long downMillis) throws SQLException, IOException {
        long stored;
        long missing = 0;
        try (Connection db = connect()) {
            List<String> ids = new ArrayList<>(acknowledged);
            for (int from = 0; from < ids.size(); from += 500) {
                List<String> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
                try (PreparedStatement query = db.prepareStatement("SELECT COUNT(*) FROM visit WHERE id IN ("
                        + String.join(",", Collections.nCopies(chunk.size(), "?")) + ")")) {
                    for (int i = 0; i < chunk.size(); i++) {
                        query.setString(i + 1, chunk.get(i));
                    }
                    try (ResultSet row = query.executeQuery()) {
                        row.next();
                        missing += chunk.size() - row.getLong(1);
                    }
                }
            }
            try (PreparedStatement query = db.prepareStatement("SELECT COUNT(*) FROM visit v JOIN account a"
                    + " ON a.member_id = v.author_member_id WHERE a.username LIKE ? AND v.created_at >= ?")) {
                query.setString(1, VisitBenchData.PREFIX + "%");
                query.setObject(2, started);
                try (ResultSet row = query.executeQuery()) {
                    row.next();
                    stored = row.getLong(1);
                }
            }
        }
        long extra = stored - (acknowledged.size() - missing);
        System.out.printf(
                Locale.ROOT,
                "%nkill -9 of the %s after %d acknowledged visits; LangSo back after %.1f s%n"
                        + "sends: %d (%d without an answer, sent again)%n"
                        + "acknowledged visits: %d; stored: %d; acknowledged but missing: %d; stored but never"
                        + " acknowledged: %d; refused: %d%n",
                kill,
                beforeKill,
                downMillis / 1000.0,
                sends.get(),
                failedSends.get(),
                acknowledged.size(),
                stored,
                missing,
                extra,
                refused.size());
        refused.forEach((id, answer) -> System.out.println("refused " + id + ": " + answer));
        if (missing != 0 || extra != 0 || !refused.isEmpty()) {
            throw new IllegalStateException(
                    "Not exactly once: " + missing + " missing, " + extra + " extra, " + refused.size() + " refused");
        }
        System.out.println("Every acknowledged visit is stored exactly once.");
    }

    private void startLangSo() throws Exception {
        ProcessBuilder builder = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                "-Dlangso.root=" + System.getProperty("langso.root"),
                "-Dlangso.server.dir=" + System.getProperty("langso.server.dir"),
                "-Dlangso.ear=" + System.getProperty("langso.ear"),
                "vn.langso.launcher.LangSoLauncher");
        builder.environment().put("LANGSO_DATA_DIR", dataDir.toString());
        builder.environment().put("LANGSO_DEMO", "small");
        builder.environment().remove("LANGSO_DB_URL");
        Path log = Path.of("target", "durability-launcher.log");
        builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        System.out.println("Starting LangSo (log: " + log.toAbsolutePath() + ")");
        launcher = builder.start();
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (!healthy()) {
            if (!launcher.isAlive() || System.nanoTime() > deadline) {
                throw new IllegalStateException("LangSo did not start; see " + log.toAbsolutePath());
            }
            pause(1_000);
        }
    }

    private void stopLangSo() throws InterruptedException {
        if (launcher != null && launcher.isAlive()) {
            launcher.destroy();
            if (!launcher.waitFor(2, TimeUnit.MINUTES)) {
                launcher.destroyForcibly();
            }
        }
    }

    private boolean healthy() {
        try {
            return http.send(
                                    HttpRequest.newBuilder(URI.create(URL + "api/v1/health"))
                                            .timeout(Duration.ofSeconds(5))
                                            .build(),
                                    HttpResponse.BodyHandlers.discarding())
                            .statusCode()
                    == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private Connection connect() throws SQLException, IOException {
        Properties credentials = new Properties();
        try (InputStream in = Files.newInputStream(dataDir.resolve("db-credentials.properties"))) {
            credentials.load(in);
        }
        String port = System.getenv().getOrDefault("LANGSO_EMBEDDED_DB_PORT", "3316");
        return DriverManager.getConnection(
                "jdbc:mysql://127.0.0.1:" + port + "/langso?useSSL=false&allowPublicKeyRetrieval=true",
                "langso",
                credentials.getProperty("langso.password"));
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
