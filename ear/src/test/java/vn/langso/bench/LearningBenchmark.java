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
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import vn.langso.it.WebClient;

/**
 * How the learner side holds up with the demo province's enrolments (every member in the VNeID course, more in the
 * other two): first the catalogue and learner pages and API one request at a time, then {@code learners} members
 * (200 by default) enrolling in the public-services course and marking all its lessons done at the same moment,
 * every request sent twice. It then checks in the database that every one of them has exactly all lessons done and
 * the course complete: no error, no lost update. Start LangSo first ({@code ./mvnw -Prun package}), then
 * {@code ./mvnw -pl ear -Pbench-learning test-compile}. Times are taken at the client over loopback.
 */
public final class LearningBenchmark {

    private static final List<String> SEARCHES = List.of("vneid", "dich vu cong", "thanh toan", "lua dao", "kich hoat");

    public static void main(String[] args) throws Exception {
        URI base = URI.create(System.getProperty("langso.url", "http://localhost:8080/"));
        int rounds = Integer.getInteger("rounds", 200);
        int learners = Integer.getInteger("learners", 200);
        try (Connection db = BenchLearners.connect()) {
            List<String> usernames = BenchLearners.ensure(db, learners);
            List<Long> courses = publishedCourses(db);
            long concurrentCourse = courses.get(1);
            System.out.printf(
                    "%d enrolments in %d published courses; %d learners%n",
                    count(db, "SELECT COUNT(*) FROM enrolment"), courses.size(), usernames.size());
            LatencyRecorder latencies = new LatencyRecorder();
            sequential(base, usernames.get(0), courses.get(0), firstLessonKey(db, courses.get(0)), rounds, latencies);
            resetEnrolments(db, usernames, concurrentCourse);
            concurrent(base, usernames, concurrentCourse, lessonKeys(db, concurrentCourse), latencies);
            System.out.print(latencies.report());
            verify(db, usernames, concurrentCourse);
        }
    }

    private static void sequential(
            URI base, String user, long course, String lesson, int rounds, LatencyRecorder latencies) {
        WebClient pages = new WebClient(toUrl(base));
        if (pages.signIn(user, BenchLearners.PASSWORD).statusCode() != 302) {
            throw new IllegalStateException("Cannot sign in as " + user);
        }
        WebClient api = new WebClient(toUrl(base));
        Random random = new Random(7);
        for (int round = -20; round < rounds; round++) {
            LatencyRecorder target = round < 0 ? new LatencyRecorder() : latencies; // the first 20 warm up
            String search = SEARCHES.get(random.nextInt(SEARCHES.size()));
            time(target, "page learning/catalog.xhtml", () -> pages.get("learning/catalog.xhtml"));
            time(target, "page learning/my.xhtml", () -> pages.get("learning/my.xhtml"));
            time(target, "page learning/course.xhtml", () -> pages.get("learning/course.xhtml?id=" + course));
            time(
                    target,
                    "page learning/lesson.xhtml",
                    () -> pages.get("learning/lesson.xhtml?course=" + course + "&lesson=" + lesson));
            time(
                    target,
                    "API GET courses?q=",
                    () -> api.getWithBasic(
                            "api/v1/courses?q=" + search.replace(" ", "+"), user, BenchLearners.PASSWORD));
            time(
                    target,
                    "API GET courses/{id}",
                    () -> api.getWithBasic("api/v1/courses/" + course, user, BenchLearners.PASSWORD));
            time(
                    target,
                    "API GET me/enrolments",
                    () -> api.getWithBasic("api/v1/me/enrolments", user, BenchLearners.PASSWORD));
        }
    }

    private static void concurrent(
            URI base, List<String> usernames, long course, List<String> lessons, LatencyRecorder latencies)
            throws Exception {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        AtomicInteger failures = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(usernames.size());
        List<Future<?>> done = new ArrayList<>();
        for (String user : usernames) {
            done.add(pool.submit(() -> {
                start.await();
                post(http, base, user, "api/v1/me/enrolments", "{\"courseId\":" + course + "}", latencies, failures);
                for (String lesson : lessons) {
                    String body = "{\"courseId\":" + course + ",\"lessonKey\":\"" + lesson + "\"}";
                    // Twice, as a phone that lost the first answer would: the second must change nothing.
                    post(http, base, user, "api/v1/me/progress", body, latencies, failures);
                    post(http, base, user, "api/v1/me/progress", body, latencies, failures);
                }
                return null;
            }));
        }
        long started = System.nanoTime();
        start.countDown();
        for (Future<?> future : done) {
            future.get();
        }
        pool.shutdown();
        System.out.printf(
                "%d learners x %d lessons x 2 progress posts in %.1f s; %d failed requests%n",
                usernames.size(), lessons.size(), (System.nanoTime() - started) / 1e9, failures.get());
    }

    private static void post(
            HttpClient http,
            URI base,
            String user,
            String path,
            String json,
            LatencyRecorder latencies,
            AtomicInteger failures) {
        String basic = Base64.getEncoder()
                .encodeToString((user + ":" + BenchLearners.PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        long begin = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            latencies.record("concurrent POST " + path.substring("api/v1/".length()), System.nanoTime() - begin);
            if (response.statusCode() >= 300) {
                failures.incrementAndGet();
                System.out.println(user + " " + path + " -> " + response.statusCode() + " " + response.body());
            }
        } catch (Exception e) {
            failures.incrementAndGet();
            System.out.println(user + " " + path + " -> " + e);
        }
    }

    /** Every learner must have every lesson done exactly once, the counts kept, and the course complete. */
    private static void verify(Connection db, List<String> usernames, long course) throws SQLException {
        int required = lessonKeys(db, course).size();
        int wrong = 0;
        try (PreparedStatement query = db.prepareStatement("SELECT e.lessons_done, e.completed_at IS NOT NULL,"
                + " (SELECT COUNT(*) FROM lesson_progress p WHERE p.enrolment_id = e.id)"
                + " FROM enrolment e JOIN account a ON a.member_id = e.member_id"
                + " WHERE e.course_id = ? AND a.username = ?")) {
            for (String user : usernames) {
                query.setLong(1, course);
                query.setString(2, user);
                try (ResultSet row = query.executeQuery()) {
                    if (!row.next() || row.getInt(1) != required || !row.getBoolean(2) || row.getInt(3) != required) {
                        wrong++;
                    }
                }
            }
        }
        System.out.printf(
                "Checked in the database: %d of %d learners with all %d lessons done once and the course complete%n",
                usernames.size() - wrong, usernames.size(), required);
        if (wrong > 0) {
            throw new IllegalStateException(wrong + " learners lost an update");
        }
    }

    /** The learners start the concurrent course from nothing on every run. */
    private static void resetEnrolments(Connection db, List<String> usernames, long course) throws SQLException {
        String learners = "SELECT e.id FROM enrolment e JOIN account a ON a.member_id = e.member_id"
                + " WHERE e.course_id = " + course + " AND a.username LIKE 'hocvien%'";
        try (Statement statement = db.createStatement()) {
            statement.executeUpdate(
                    "DELETE FROM lesson_progress WHERE enrolment_id IN (SELECT id FROM (" + learners + ") l)");
            statement.executeUpdate("DELETE FROM enrolment WHERE id IN (SELECT id FROM (" + learners + ") l)");
        }
    }

    private static List<Long> publishedCourses(Connection db) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Statement query = db.createStatement();
                ResultSet rows = query.executeQuery("SELECT id FROM course WHERE status = 'PUBLISHED' ORDER BY id")) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
        }
        if (ids.size() < 2) {
            throw new IllegalStateException("The demo courses are missing: start LangSo with LANGSO_DEMO=small");
        }
        return ids;
    }

    private static List<String> lessonKeys(Connection db, long course) throws SQLException {
        List<String> keys = new ArrayList<>();
        try (PreparedStatement query = db.prepareStatement("SELECT l.lesson_key FROM lesson l"
                + " JOIN course c ON c.published_revision_id = l.revision_id JOIN course_section s ON s.id = l.section_id"
                + " WHERE c.id = ? AND l.required ORDER BY s.position, l.position")) {
            query.setLong(1, course);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    keys.add(rows.getString(1));
                }
            }
        }
        return keys;
    }

    private static String firstLessonKey(Connection db, long course) throws SQLException {
        return lessonKeys(db, course).get(0);
    }

    private static long count(Connection db, String sql) throws SQLException {
        try (Statement query = db.createStatement();
                ResultSet rows = query.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
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

    private static java.net.URL toUrl(URI base) {
        try {
            return base.toURL();
        } catch (java.net.MalformedURLException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
