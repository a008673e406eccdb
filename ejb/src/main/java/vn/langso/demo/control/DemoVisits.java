package vn.langso.demo.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * A few weeks of visits by the demo team (its leader and the demo member) in the households of its area, so that the
 * visit, follow-up and flag pages show something: services with every outcome, follow-ups due and overdue, a flag.
 */
public final class DemoVisits {

    static final String[] SERVICES = {"VNEID", "PUBLIC_SERVICE", "CASHLESS", "ECOMMERCE", "CYBER_SAFETY", "CITIZEN_APP"
    };
    static final String[] OUTCOMES = {"DONE", "DONE", "DONE", "PARTIAL", "DECLINED", "NOT_ELIGIBLE"};

    private record Written(
            String id,
            long household,
            long member,
            LocalDateTime at,
            String service,
            String outcome,
            Integer accuracy) {}

    private DemoVisits() {}

    /** Answers how many visits were written. */
    public static int load(
            Connection c,
            long teamUnitId,
            long leaderMemberId,
            long memberId,
            LocalDateTime nowInVietnam,
            LocalDateTime now)
            throws SQLException {
        long team = DemoSql.teamOf(c, memberId);
        List<long[]> households = households(c, teamUnitId);
        Random random = new Random(10);
        List<Written> visits = new ArrayList<>();
        for (int i = 0; i < Math.min(60, households.size()); i++) {
            long[] household = households.get(random.nextInt(households.size()));
            LocalDateTime at = nowInVietnam
                    .minusDays(1 + random.nextInt(25))
                    .withHour(8 + random.nextInt(9))
                    .withMinute(random.nextInt(60))
                    .withSecond(0)
                    .withNano(0);
            visits.add(new Written(
                    UUID.nameUUIDFromBytes(("demo-visit-" + i).getBytes(StandardCharsets.UTF_8))
                            .toString(),
                    household[0],
                    i % 3 == 0 ? leaderMemberId : memberId,
                    at,
                    SERVICES[random.nextInt(SERVICES.length)],
                    OUTCOMES[random.nextInt(OUTCOMES.length)],
                    i == 7 ? 180 : 10 + random.nextInt(40)));
        }
        for (Written v : visits) {
            write(c, v, team, unitOf(households, v.household()), now);
        }
        return visits.size();
    }

    private static void write(Connection c, Written v, long team, long unit, LocalDateTime now) throws SQLException {
        String body = "{\"demo\":\"" + v.id() + "\"}";
        DemoSql.update(
                c,
                "insert into visit (id, household_id, team_id, unit_id, author_member_id, visited_at, visited_on,"
                        + " latitude, longitude, accuracy_m, note, body_hash, version, created_at, updated_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?, 10.35, 106.47, ?, null, ?, 1, ?, ?)",
                v.id(),
                v.household(),
                team,
                unit,
                v.member(),
                v.at(),
                v.at().toLocalDate(),
                v.accuracy(),
                sha256(body),
                now,
                now);
        DemoSql.update(
                c, "insert into visit_member (visit_id, member_id, position) values (?, ?, 0)", v.id(), v.member());
        LocalDate followUp =
                "PARTIAL".equals(v.outcome()) ? v.at().toLocalDate().plusDays(7) : null;
        DemoSql.update(
                c,
                "insert into visit_service (visit_id, service, outcome, note, follow_up_on) values (?, ?, ?, ?, ?)",
                v.id(),
                v.service(),
                v.outcome(),
                "Hướng dẫn tại nhà",
                followUp);
        DemoSql.update(
                c,
                "insert into visit_resident (visit_id, position, name, birth_year, skills) values (?, 0, ?, ?, ?)",
                v.id(),
                "Người dân được hỗ trợ",
                1955 + (int) (v.household() % 40),
                "ONLINE_SAFETY");
        DemoSql.update(
                c,
                "insert into visit_version (visit_id, version, body, saved_at, saved_by) values (?, 1, ?, ?, 0)",
                v.id(),
                body,
                now);
        if (followUp != null) {
            DemoSql.update(
                    c,
                    "insert into follow_up (household_id, service, member_id, team_id, unit_id, opened_by_visit,"
                            + " due_on, open_key) values (?, ?, ?, ?, ?, ?, ?, ?)"
                            + " on duplicate key update due_on = values(due_on)",
                    v.household(),
                    v.service(),
                    v.member(),
                    team,
                    unit,
                    v.id(),
                    followUp,
                    v.household() + ":" + v.service());
        }
        if (v.accuracy() != null && v.accuracy() > 100) {
            DemoSql.update(
                    c,
                    "insert into visit_flag (visit_id, kind, detail, team_id, unit_id, raised_at)"
                            + " values (?, 'GPS_INACCURATE', ?, ?, ?, ?)",
                    v.id(),
                    v.accuracy() + " m",
                    team,
                    unit,
                    now);
        }
    }

    /** Id and hamlet of the households of the team's area. */
    private static List<long[]> households(Connection c, long teamUnitId) throws SQLException {
        List<long[]> households = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement("select h.id, h.unit_id from household h"
                + " join admin_unit u on u.id = h.unit_id where u.path like concat((select path from admin_unit"
                + " where id = ?), '%') order by h.id limit 400")) {
            select.setLong(1, teamUnitId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    households.add(new long[] {rows.getLong(1), rows.getLong(2)});
                }
            }
        }
        return households;
    }

    private static long unitOf(List<long[]> households, long household) {
        return households.stream().filter(h -> h[0] == household).findFirst().orElseThrow()[1];
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
