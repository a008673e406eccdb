package vn.langso.bench.visits;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.langso.bench.GatlingReport;

/**
 * Prints the last {@link VisitSimulation} run as a table, the rate achieved, and checks in the database that the
 * visits stored during the run are exactly the 201s (a resend stored nothing). Fails when a request failed, a
 * visit is missing or doubled, or the p99 of creates reached {@value VisitSimulation#P99_MILLIS} ms.
 */
public final class VisitRunSummary {

    private VisitRunSummary() {}

    public static void main(String[] args) throws IOException, SQLException {
        Path results = Path.of(args[0]);
        GatlingReport report = GatlingReport.lastRun(results);
        StringBuilder out = new StringBuilder(report.table());
        List<String> missed = new ArrayList<>();
        GatlingReport.Request create = report.request(VisitSimulation.CREATE);
        if (create == null) {
            missed.add("no visit was created");
        } else if (create.p99() >= VisitSimulation.P99_MILLIS) {
            missed.add("p99 of creates " + create.p99() + " ms >= " + VisitSimulation.P99_MILLIS + " ms");
        }
        if (report.failed() > 0) {
            missed.add(report.failed() + " failed requests");
        }
        LocalDateTime started = LocalDateTime.parse(Files.readString(VisitSimulation.START_FILE).trim());
        if (create != null) {
            out.append(inDatabase(create.total() - create.failed(), started, missed));
        }
        out.append(String.format("Report: %s%n", report.index()));
        out.append(missed.isEmpty() ? "Targets met." : "Targets missed: " + String.join("; ", missed))
                .append('\n');
        System.out.print(out);
        if (!missed.isEmpty()) {
            throw new IllegalStateException("Targets missed: " + String.join("; ", missed));
        }
    }

    /** The benchmark's visits stored since the run started: each acknowledged create once, and nothing else. */
    private static String inDatabase(long acknowledged, LocalDateTime started, List<String> missed)
            throws SQLException, IOException {
        try (Connection db = VisitBenchData.connect();
                PreparedStatement query = db.prepareStatement("SELECT COUNT(*), COUNT(DISTINCT v.id) FROM visit v"
                        + " JOIN account a ON a.member_id = v.author_member_id"
                        + " WHERE a.username LIKE ? AND v.created_at >= ?")) {
            query.setString(1, VisitBenchData.PREFIX + "%");
            query.setTimestamp(2, Timestamp.valueOf(started));
            try (ResultSet row = query.executeQuery()) {
                row.next();
                long stored = row.getLong(1);
                if (stored != acknowledged) {
                    missed.add(stored + " visits stored for " + acknowledged + " acknowledged creates");
                }
                return String.format(
                        Locale.ROOT, "In the database: %d visits of the benchmark's workers stored since the run"
                                + " started, %d acknowledged creates%n", stored, acknowledged);
            }
        }
    }
}
