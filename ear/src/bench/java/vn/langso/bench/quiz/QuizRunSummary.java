package vn.langso.bench.quiz;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.langso.bench.GatlingReport;

/**
 * Prints the last Gatling run of {@link QuizSimulation} as a short table (requests, failures, p50/p95/p99/max per
 * request name, from the report's {@code js/stats.js}), checks in the database that every attempt of the run was
 * submitted with all its answers saved, and fails when a target is missed: a failed request, a lost answer, p95 of
 * starts at 1 s or more, p95 of answer saves at 300 ms or more.
 */
public final class QuizRunSummary {

    private QuizRunSummary() {}

    public static void main(String[] args) throws IOException, SQLException {
        GatlingReport report = GatlingReport.lastRun(Path.of(args[0]));
        StringBuilder out = new StringBuilder(report.table());
        List<String> missed = new ArrayList<>();
        GatlingReport.Request start = report.request(QuizSimulation.START);
        if (start != null && start.p95() >= QuizSimulation.START_P95_MILLIS) {
            missed.add("p95 of starts " + start.p95() + " ms >= " + QuizSimulation.START_P95_MILLIS + " ms");
        }
        GatlingReport.Request save = report.request(QuizSimulation.SAVE);
        if (save != null && save.p95() >= QuizSimulation.SAVE_P95_MILLIS) {
            missed.add("p95 of answer saves " + save.p95() + " ms >= " + QuizSimulation.SAVE_P95_MILLIS + " ms");
        }
        for (String name : List.of(QuizSimulation.START, QuizSimulation.SAVE, QuizSimulation.SUBMIT)) {
            if (report.request(name) == null) {
                missed.add("no \"" + name + "\" request was made");
            }
        }
        if (report.failed() > 0) {
            missed.add(report.failed() + " failed requests");
        }
        out.append(inDatabase(missed));
        out.append(String.format("Report: %s%n", report.index()));
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
}
