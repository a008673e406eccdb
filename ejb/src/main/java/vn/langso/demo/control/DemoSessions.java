package vn.langso.demo.control;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import vn.langso.kernel.SearchKey;
import vn.langso.kernel.Sha256;
import vn.langso.sessions.control.Recurrence;
import vn.langso.sessions.control.ReminderPlanner;

/**
 * Village sessions of the demo team in its hamlets: a weekly VNeID evening for the past two months and the next
 * month, a monthly Saturday morning on cashless payment, and a one-off scam-awareness evening tomorrow, whose
 * reminders are due at once. One past session is cancelled; the others held so far have their attendance, a few
 * households of the hamlet each time. Its leader and member facilitate.
 */
public final class DemoSessions {

    private DemoSessions() {}

    public static int load(Connection c, long teamUnitId, long leaderMemberId, long memberId, LocalDateTime now)
            throws SQLException {
        long team = DemoSql.teamOf(c, leaderMemberId);
        List<Long> hamlets = hamletsOf(c, teamUnitId);
        LocalDateTime horizon = now.plusDays(120);
        LocalDateTime weeklyStart = now.minusWeeks(8)
                .with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY))
                .withHour(19)
                .withMinute(30)
                .withSecond(0)
                .withNano(0);
        LocalDateTime monthlyStart = now.minusMonths(3)
                .withDayOfMonth(1)
                .with(TemporalAdjusters.dayOfWeekInMonth(2, DayOfWeek.SATURDAY))
                .withHour(8)
                .withMinute(0)
                .withSecond(0)
                .withNano(0);
        LocalDateTime tomorrow =
                now.plusDays(1).withHour(19).withMinute(0).withSecond(0).withNano(0);
        int written = 0;
        long weekly = series(
                c,
                hamlets.get(0),
                team,
                "Hướng dẫn kích hoạt VNeID mức 2",
                "VNEID",
                "Nhà văn hoá ấp",
                60,
                weeklyStart,
                120,
                "FREQ=WEEKLY;INTERVAL=1;BYDAY=TU;COUNT=13",
                horizon);
        written += occurrences(
                c, weekly, hamlets.get(0), weeklyStart, 120, "FREQ=WEEKLY;INTERVAL=1;BYDAY=TU;COUNT=13", horizon);
        long monthly = series(
                c,
                hamlets.get(Math.min(1, hamlets.size() - 1)),
                team,
                "Thanh toán không dùng tiền mặt cho bà con",
                "CASHLESS",
                "Sân chợ ấp",
                80,
                monthlyStart,
                90,
                "FREQ=MONTHLY;INTERVAL=1;BYDAY=2SA;COUNT=6",
                horizon);
        written += occurrences(
                c,
                monthly,
                hamlets.get(Math.min(1, hamlets.size() - 1)),
                monthlyStart,
                90,
                "FREQ=MONTHLY;INTERVAL=1;BYDAY=2SA;COUNT=6",
                horizon);
        long oneOff = series(
                c,
                hamlets.get(Math.min(2, hamlets.size() - 1)),
                team,
                "Cảnh giác lừa đảo qua mạng",
                "CYBER_SAFETY",
                "Hội trường ấp",
                null,
                tomorrow,
                90,
                null,
                tomorrow.plusDays(1));
        written += occurrences(c, oneOff, hamlets.get(Math.min(2, hamlets.size() - 1)), tomorrow, 90, null, horizon);
        for (long series : List.of(weekly, monthly, oneOff)) {
            for (long facilitator : Set.of(leaderMemberId, memberId)) {
                DemoSql.update(
                        c, "insert into session_facilitator (series_id, member_id) values (?, ?)", series, facilitator);
            }
        }
        DemoSql.update(
                c,
                "update session_occurrence set status = 'CANCELLED', cancel_reason = 'Mưa bão'"
                        + " where series_id = ? and starts_at < ? order by starts_at desc limit 1",
                weekly,
                Timestamp.valueOf(now.minusWeeks(2)));
        attendance(c, List.of(weekly, monthly), leaderMemberId, now);
        // The reminders of what is still ahead; those already due (tomorrow's, a day before) go out at the next sweep.
        DemoSql.update(
                c,
                ReminderPlanner.INSERT_FOR_SCHEDULED + " and o.starts_at > ? and o.series_id in (?, ?, ?)",
                Timestamp.valueOf(now),
                weekly,
                monthly,
                oneOff);
        return written;
    }

    private static long series(
            Connection c,
            long unit,
            long team,
            String title,
            String services,
            String place,
            Integer capacity,
            LocalDateTime firstStart,
            int minutes,
            String rrule,
            LocalDateTime plannedUntil)
            throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(
                "insert into session_series (unit_id, team_id, title, search_key, services, place, capacity,"
                        + " first_start, duration_minutes, rrule, planned_until, created_by, created_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'totruong', ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setLong(1, unit);
            insert.setLong(2, team);
            insert.setString(3, title);
            insert.setString(4, SearchKey.of(title));
            insert.setString(5, services);
            insert.setString(6, place);
            insert.setObject(7, capacity);
            insert.setTimestamp(8, Timestamp.valueOf(firstStart));
            insert.setInt(9, minutes);
            insert.setString(10, rrule);
            insert.setTimestamp(11, Timestamp.valueOf(plannedUntil));
            insert.setTimestamp(12, Timestamp.valueOf(firstStart.minusDays(7)));
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static int occurrences(
            Connection c, long series, long unit, LocalDateTime first, int minutes, String rrule, LocalDateTime until)
            throws SQLException {
        List<LocalDateTime> starts = Recurrence.startsBetween(first, rrule, first, until);
        for (LocalDateTime start : starts) {
            DemoSql.update(
                    c,
                    "insert into session_occurrence (series_id, unit_id, recurrence_start, starts_at, ends_at)"
                            + " values (?, ?, ?, ?, ?)",
                    series,
                    unit,
                    Timestamp.valueOf(start),
                    Timestamp.valueOf(start),
                    Timestamp.valueOf(start.plusMinutes(minutes)));
        }
        return starts.size();
    }

    /** Neighbours who came along with a household's head, now and then. */
    private static final List<String> COMPANIONS =
            List.of("Nguyễn Thị Hoa", "Trần Văn Minh", "Lê Thị Lan", "Phạm Văn Hùng", "Võ Thị Mai");

    /**
     * Who came to the sessions held so far: each time a different few of the hamlet's households (some twice over
     * the weeks), the head and now and then a companion, as the leader recorded them half an hour in.
     */
    private static void attendance(Connection c, List<Long> series, long recordedBy, LocalDateTime now)
            throws SQLException {
        List<long[]> held = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement("select id, unit_id from session_occurrence"
                + " where series_id in (?, ?) and status = 'SCHEDULED' and starts_at < ? order by starts_at")) {
            select.setLong(1, series.get(0));
            select.setLong(2, series.get(1));
            select.setTimestamp(3, Timestamp.valueOf(now));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    held.add(new long[] {rows.getLong(1), rows.getLong(2)});
                }
            }
        }
        for (int session = 0; session < held.size(); session++) {
            long occurrence = held.get(session)[0];
            List<Object[]> households = householdsOf(c, held.get(session)[1]);
            int people = 0;
            int came = 0;
            for (int h = session % 3; h < households.size() && came < 8; h += 3) {
                long household = (Long) households.get(h)[0];
                String head = (String) households.get(h)[1];
                String id = UUID.nameUUIDFromBytes(
                                ("demo-attendance:" + occurrence + ":" + household).getBytes(StandardCharsets.UTF_8))
                        .toString();
                List<String> residents =
                        h % 2 == 0 ? List.of(head, COMPANIONS.get(h % COMPANIONS.size())) : List.of(head);
                DemoSql.update(
                        c,
                        "insert into session_attendance (id, occurrence_id, household_id, unit_id, people, body_hash,"
                                + " recorded_by, recorded_at, updated_at) select ?, o.id, ?, ?, ?, ?, ?,"
                                + " o.starts_at + interval 30 minute, o.starts_at + interval 30 minute"
                                + " from session_occurrence o where o.id = ?",
                        id,
                        household,
                        households.get(h)[2],
                        residents.size(),
                        Sha256.hex(id),
                        recordedBy,
                        occurrence);
                for (int r = 0; r < residents.size(); r++) {
                    DemoSql.update(
                            c,
                            "insert into session_attendance_resident (attendance_id, position, name) values (?, ?, ?)",
                            id,
                            r,
                            residents.get(r));
                }
                people += residents.size();
                came++;
            }
            DemoSql.update(
                    c,
                    "update session_occurrence set people_attended = ?, households_attended = ? where id = ?",
                    people,
                    came,
                    occurrence);
        }
    }

    /** The households of a hamlet: id, head's name, unit. */
    private static List<Object[]> householdsOf(Connection c, long unit) throws SQLException {
        List<Object[]> households = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement(
                "select id, head_name, unit_id from household where unit_id = ? order by id limit 40")) {
            select.setLong(1, unit);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    households.add(new Object[] {rows.getLong(1), rows.getString(2), rows.getLong(3)});
                }
            }
        }
        return households;
    }

    /** The hamlets under the team's unit, or the unit itself when it has none. */
    private static List<Long> hamletsOf(Connection c, long unit) throws SQLException {
        List<Long> hamlets = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement("select u.id from admin_unit u join admin_unit t"
                + " on t.id = ? where u.path like concat(t.path, '%') and u.id <> t.id order by u.id limit 3")) {
            select.setLong(1, unit);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    hamlets.add(rows.getLong(1));
                }
            }
        }
        if (hamlets.isEmpty()) {
            hamlets.add(unit);
        }
        return hamlets;
    }
}
