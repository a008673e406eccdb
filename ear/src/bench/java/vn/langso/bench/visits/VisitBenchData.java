package vn.langso.bench.visits;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import vn.langso.bench.BenchLearners;

/**
 * The visit benchmark's field workers, written straight into the running LangSo's database and kept for the next
 * run: member accounts {@code thucdia0001}, ... (password of {@code BenchLearners}) for members of teams whose area
 * holds household records (Chợ Gạo in the small demo), each with up to 200 households of their team's area.
 */
final class VisitBenchData {

    static final String PREFIX = "thucdia";

    /** One field worker and the households they may visit. */
    record Worker(String username, long memberId, List<Long> households) {}

    private VisitBenchData() {}

    static List<Worker> prepare(int count) throws SQLException, IOException {
        try (Connection db = BenchLearners.connect()) {
            return prepare(db, count);
        }
    }

    static List<Worker> prepare(Connection db, int count) throws SQLException {
        ensureAccounts(db, count);
        List<Worker> workers = new ArrayList<>();
        try (PreparedStatement query = db.prepareStatement("SELECT a.username, a.member_id, u.path FROM account a"
                + " JOIN team_membership m ON m.member_id = a.member_id AND m.ended_on IS NULL"
                + " JOIN team t ON t.id = m.team_id JOIN admin_unit u ON u.id = t.unit_id"
                + " WHERE a.username LIKE ? ORDER BY a.username LIMIT ?")) {
            query.setString(1, PREFIX + "%");
            query.setInt(2, count);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    workers.add(new Worker(rows.getString(1), rows.getLong(2), households(db, rows.getString(3))));
                }
            }
        }
        return workers;
    }

    static Connection connect() throws SQLException, IOException {
        return BenchLearners.connect();
    }

    private static List<Long> households(Connection db, String teamPath) throws SQLException {
        List<Long> households = new ArrayList<>();
        try (PreparedStatement query = db.prepareStatement("SELECT h.id FROM household h"
                + " JOIN admin_unit u ON u.id = h.unit_id WHERE u.path LIKE ? ORDER BY h.id LIMIT 200")) {
            query.setString(1, teamPath + "%");
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    households.add(rows.getLong(1));
                }
            }
        }
        return households;
    }

    /** Members without an account on a team whose area holds household records. */
    private static List<Long> membersWhereHouseholdsAre(Connection db, int count) throws SQLException {
        List<String> hamlets = new ArrayList<>();
        try (Statement query = db.createStatement();
                ResultSet rows = query.executeQuery(
                        "SELECT DISTINCT u.path FROM admin_unit u JOIN household h ON h.unit_id = u.id")) {
            while (rows.next()) {
                hamlets.add(rows.getString(1));
            }
        }
        List<Long> members = new ArrayList<>();
        try (Statement query = db.createStatement();
                ResultSet rows = query.executeQuery("SELECT m.member_id, u.path FROM team_membership m"
                        + " JOIN team t ON t.id = m.team_id JOIN admin_unit u ON u.id = t.unit_id"
                        + " LEFT JOIN account a ON a.member_id = m.member_id"
                        + " WHERE m.ended_on IS NULL AND a.id IS NULL ORDER BY m.member_id")) {
            while (rows.next() && members.size() < count) {
                String teamPath = rows.getString(2);
                if (hamlets.stream().anyMatch(path -> path.startsWith(teamPath))) {
                    members.add(rows.getLong(1));
                }
            }
        }
        return members;
    }

    /** Accounts for members of teams whose area has household records, until there are {@code count}. */
    private static void ensureAccounts(Connection db, int count) throws SQLException {
        int existing;
        try (PreparedStatement query = db.prepareStatement("SELECT COUNT(*) FROM account WHERE username LIKE ?")) {
            query.setString(1, PREFIX + "%");
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                existing = rows.getInt(1);
            }
        }
        if (existing >= count) {
            return;
        }
        String hash = BenchLearners.fastHash(BenchLearners.PASSWORD);
        List<Long> members = membersWhereHouseholdsAre(db, count - existing);
        try (PreparedStatement account = db.prepareStatement(
                        "INSERT INTO account (username, display_name, password_hash, created_at, member_id)"
                                + " VALUES (?, ?, ?, ?, ?)",
                        Statement.RETURN_GENERATED_KEYS);
                PreparedStatement role =
                        db.prepareStatement("INSERT INTO account_role (account_id, role) VALUES (?, 'MEMBER')")) {
            int next = existing + 1;
            for (long member : members) {
                String username = String.format("%s%04d", PREFIX, next++);
                account.setString(1, username);
                account.setString(2, "Tổ viên thử tải " + username);
                account.setString(3, hash);
                account.setTimestamp(4, Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC)));
                account.setLong(5, member);
                account.executeUpdate();
                try (ResultSet keys = account.getGeneratedKeys()) {
                    keys.next();
                    role.setLong(1, keys.getLong(1));
                    role.executeUpdate();
                }
            }
        }
    }
}
