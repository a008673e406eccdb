package vn.langso.bench;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import vn.langso.it.WebClient;

/**
 * Village sessions at province scale: every active team of the running LangSo gets a weekly series for a year
 * (1,264 teams of the demo: about 66,000 sessions), one in ten starting within the hour so that the reminder sweep
 * has reminders to send. Then the clustered job that plans the horizon and sweeps reminders is run through the API
 * and timed from its own history (job_run): run after run while it generates the sessions (150 series a run), then
 * as the sweep every five minutes is, and once with every series behind at once; and the calendar's range queries
 * are timed at the client, as the admin and the Chợ Gạo coordinator.
 *
 * <p>Start LangSo first ({@code ./mvnw -Prun package}), then {@code ./mvnw -pl ear -Pbench-sessions test-compile}
 * ({@code -Drounds=200}, {@code -Dsweeps=5}, {@code -Dkeep=true} to leave the benchmark's sessions in place). The
 * series are written straight into the database (there is no bulk scheduling), named "Thử tải sinh hoạt …", and
 * removed at the end.
 */
public final class SessionsBenchmark {

    static final String PASSWORD = "LangSo@2026";
    static final String TITLE = "Thử tải sinh hoạt";
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    static final int WEEKS = 52;
    /** A year of them are rows (the past 35 weeks and the 120-day horizon); the rest come as the horizon moves. */
    static final int SESSIONS = 60;

    static final String JOB = "village-sessions";

    public static void main(String[] args) throws Exception {
        URI base = URI.create(System.getProperty("langso.url", "http://localhost:8080/"));
        int rounds = Integer.getInteger("rounds", 200);
        int sweeps = Integer.getInteger("sweeps", 5);
        try (Connection db = BenchLearners.connect()) {
            removeBenchmarkSeries(db);
            long started = System.nanoTime();
            int series = createSeries(db);
            System.out.printf(
                    Locale.ROOT,
                    "%d weekly series written in %.1f s (one per active team with a member)%n",
                    series,
                    (System.nanoTime() - started) / 1e9);

            // The job plans at most 100 series (half a second) a run, the furthest behind first: run until none is
            // behind.
            List<String> runs = new ArrayList<>();
            long generationStarted = System.nanoTime();
            for (int run = 1; behind(db) > 0 && run <= 100; run++) {
                runs.add(runJob(db, base, "generation run " + run));
            }
            double generationSeconds = (System.nanoTime() - generationStarted) / 1e9;
            long sessions = count(
                    db,
                    "select count(*) from session_occurrence o join session_series s on"
                            + " s.id = o.series_id where s.title like '" + TITLE + "%'");
            for (int sweep = 1; sweep <= sweeps; sweep++) {
                runs.add(runJob(db, base, "sweep " + sweep));
            }
            // Planned together, the series all fall behind on the same day a week later: the worst ordinary runs,
            // each planning the next week of 100 series, until every series is ahead again.
            fallBehindAWeek(db);
            for (int run = 1; behind(db) > 0 && run <= 50; run++) {
                runs.add(runJob(db, base, "every series a week behind, run " + run));
            }
            runs.add(runJob(db, base, "the sweep after it"));
            System.out.printf(
                    Locale.ROOT, "generation: %.1f s over the runs (each run times itself below)%n", generationSeconds);
            System.out.printf(Locale.ROOT, "%d sessions of the benchmark's series are rows%n", sessions);
            runs.forEach(System.out::println);

            LatencyRecorder latencies = new LatencyRecorder();
            rangeQueries(base, rounds, latencies);
            System.out.print(latencies.report());
            if (!Boolean.getBoolean("keep")) {
                removeBenchmarkSeries(db);
            }
        }
    }

    /** As if a week had passed since the series were planned: their last week of sessions is not rows yet. */
    static void fallBehindAWeek(Connection db) throws SQLException {
        for (String sql : List.of(
                "update session_series set planned_until = planned_until - interval 8 day where title like '" + TITLE
                        + "%'",
                "delete r from session_reminder r join session_occurrence o on o.id = r.occurrence_id join"
                        + " session_series s on s.id = o.series_id where s.title like '" + TITLE + "%'"
                        + " and o.starts_at >= s.planned_until",
                "delete o from session_occurrence o join session_series s on s.id = o.series_id where s.title like '"
                        + TITLE + "%' and o.starts_at >= s.planned_until")) {
            try (PreparedStatement statement = db.prepareStatement(sql)) {
                statement.executeUpdate();
            }
        }
    }

    /** Benchmark series not yet planned to the 120-day horizon. */
    static long behind(Connection db) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(
                "select count(*) from session_series where title like '" + TITLE + "%' and planned_until < ?")) {
            query.setTimestamp(1, Timestamp.valueOf(LocalDateTime.now(VIETNAM).plusDays(120)));
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    /** A weekly series per active team with a current member (the facilitator), in the team's unit. */
    static int createSeries(Connection db) throws SQLException {
        List<long[]> teams = new ArrayList<>();
        try (PreparedStatement query = db.prepareStatement(
                        "select t.id, t.unit_id, min(m.member_id) from team t join team_membership m on"
                                + " m.team_id = t.id and m.ended_on is null where t.active = true group by t.id,"
                                + " t.unit_id order by t.id");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                teams.add(new long[] {rows.getLong(1), rows.getLong(2), rows.getLong(3)});
            }
        }
        LocalDateTime now = LocalDateTime.now(VIETNAM).truncatedTo(ChronoUnit.MINUTES);
        // A year of weekly sessions: from 37 weeks ago to the 120-day horizon ahead.
        LocalDate firstDay = now.toLocalDate().minusWeeks(WEEKS - 17);
        Random random = new Random(7);
        db.setAutoCommit(false);
        try (PreparedStatement series = db.prepareStatement(
                        "insert into session_series (unit_id, team_id, title, search_key, services, place,"
                                + " first_start, duration_minutes, rrule, planned_until, created_by, created_at)"
                                + " values (?, ?, ?, ?, 'VNEID,CASHLESS', 'Nhà văn hoá', ?, 90, ?, ?, 'bench',"
                                + " now())",
                        PreparedStatement.RETURN_GENERATED_KEYS);
                PreparedStatement facilitator =
                        db.prepareStatement("insert into session_facilitator (series_id, member_id) values (?, ?)")) {
            int n = 0;
            for (long[] team : teams) {
                // One in ten meets today within the hour (its reminders fall due); the others on evenings.
                LocalDateTime first = n % 10 == 0
                        ? firstDay.atTime(
                                now.plusMinutes(20 + random.nextInt(30)).toLocalTime())
                        : firstDay.plusDays(random.nextInt(7)).atTime(18 + random.nextInt(3), 30);
                series.setLong(1, team[1]);
                series.setLong(2, team[0]);
                series.setString(3, TITLE + " " + team[0]);
                series.setString(4, "thu tai sinh hoat " + team[0]);
                series.setTimestamp(5, Timestamp.valueOf(first));
                series.setString(6, "FREQ=WEEKLY;COUNT=" + SESSIONS);
                series.setTimestamp(7, Timestamp.valueOf(first.minusMinutes(1)));
                series.executeUpdate();
                try (ResultSet key = series.getGeneratedKeys()) {
                    key.next();
                    facilitator.setLong(1, key.getLong(1));
                }
                facilitator.setLong(2, team[2]);
                facilitator.executeUpdate();
                n++;
            }
            db.commit();
            return n;
        } finally {
            db.setAutoCommit(true);
        }
    }

    /** Runs the job through the API and waits for its run to finish; its own start and end say how long it took. */
    static String runJob(Connection db, URI base, String label) throws Exception {
        JobRuns.Run run = JobRuns.run(db, base, JOB, PASSWORD, Duration.ofMinutes(10));
        return String.format(
                Locale.ROOT,
                "%-58s %9.1f ms  %s (sessions added, reminders sent: %s)",
                label,
                run.took().toNanos() / 1e6,
                run.outcome(),
                run.summaryArgs());
    }

    /** The calendar's ranges: a week and a month, the whole area and one district, as the admin and a coordinator. */
    static void rangeQueries(URI base, int rounds, LatencyRecorder latencies) throws Exception {
        WebClient api = new WebClient(base.toURL());
        LocalDate today = LocalDate.now(VIETNAM);
        Random random = new Random(11);
        for (int warm = 0; warm < 20; warm++) {
            api.getWithBasic(range(today, 7, null), "dieuphoi", PASSWORD);
        }
        for (int round = 0; round < rounds; round++) {
            LocalDate from = today.minusWeeks(30).plusDays(random.nextInt(7 * 40));
            time(latencies, "admin week, province", api, range(from, 7, null), "admin");
            time(latencies, "coordinator week, his district", api, range(from, 7, null), "dieuphoi");
            time(latencies, "coordinator month, his district", api, range(from, 31, null), "dieuphoi");
        }
    }

    private static String range(LocalDate from, int days, Long unit) {
        return "api/v1/sessions?from=" + from + "&to=" + from.plusDays(days - 1)
                + (unit == null ? "" : "&unit=" + unit);
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

    static void removeBenchmarkSeries(Connection db) throws SQLException {
        String mine = "(select id from session_series where title like '" + TITLE + "%')";
        for (String sql : List.of(
                "delete from session_reminder where occurrence_id in (select id from session_occurrence where"
                        + " series_id in " + mine + ")",
                "delete from session_occurrence where series_id in " + mine,
                "delete from session_facilitator where series_id in " + mine,
                "delete from session_series where title like '" + TITLE + "%'")) {
            try (PreparedStatement delete = db.prepareStatement(sql)) {
                delete.executeUpdate();
            }
        }
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
