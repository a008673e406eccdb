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
import java.util.Base64;

/** Runs a periodic job through the API as the admin and answers its run as the job's own history (job_run) saw it. */
final class JobRuns {

    /** A finished run: how long it took, its outcome and the numbers of its summary. */
    record Run(Duration took, String outcome, String summaryArgs) {}

    private JobRuns() {}

    static Run run(Connection db, URI base, String job, String adminPassword, Duration patience) throws Exception {
        long before;
        try (PreparedStatement last =
                db.prepareStatement("select coalesce(max(id), 0) from job_run where job_name = ?")) {
            last.setString(1, job);
            try (ResultSet row = last.executeQuery()) {
                row.next();
                before = row.getLong(1);
            }
        }
        String basic = "Basic "
                + Base64.getEncoder().encodeToString(("admin:" + adminPassword).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> fired = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(base.resolve("api/v1/jobs/" + job + "/runs"))
                                .header("Authorization", basic)
                                .POST(HttpRequest.BodyPublishers.noBody())
                                .build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (fired.statusCode() != 202) {
            throw new IllegalStateException("The job could not be run: " + fired.statusCode() + " " + fired.body());
        }
        long deadline = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < deadline) {
            Run run = finished(db, job, before);
            if (run != null) {
                return run;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("The job " + job + " did not finish within " + patience);
    }

    private static Run finished(Connection db, String job, long after) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(
                "select started_at, finished_at, outcome, summary_args from job_run where job_name = ?"
                        + " and id > ? and outcome <> 'RUNNING' order by id limit 1")) {
            query.setString(1, job);
            query.setLong(2, after);
            try (ResultSet run = query.executeQuery()) {
                if (!run.next()) {
                    return null;
                }
                return new Run(
                        Duration.between(
                                run.getTimestamp(1).toLocalDateTime(),
                                run.getTimestamp(2).toLocalDateTime()),
                        run.getString(3),
                        run.getString(4));
            }
        }
    }
}
