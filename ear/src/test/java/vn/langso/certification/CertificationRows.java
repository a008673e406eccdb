package vn.langso.certification;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import vn.langso.it.OrgFixture;

/**
 * Achievements and certificates the certification tests write with JDBC, as the learning and quizzes components
 * would leave them: a completed enrolment, a quiz keyed by a lesson, graded attempts.
 */
public final class CertificationRows {

    private static final AtomicInteger ATTEMPT_NUMBERS = new AtomicInteger();

    private final OrgFixture.Connections connections;

    /** A certificate as stored, with its issues' kinds oldest first. */
    public record Stored(
            long id,
            String number,
            String status,
            LocalDate issuedOn,
            LocalDate expiresOn,
            String code,
            List<String> issues) {}

    public CertificationRows(OrgFixture.Connections connections) {
        this.connections = connections;
    }

    public static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC);
    }

    public long quiz(long course, String lessonKey) throws SQLException {
        return insert("insert into quiz (course_id, lesson_key) values (?, ?)", course, lessonKey);
    }

    public void complete(long member, long course, LocalDateTime at) throws SQLException {
        insert(
                "insert into enrolment (course_id, member_id, enrolled_at, lessons_done, lessons_required, completed_at)"
                        + " values (?, ?, ?, 1, 1, ?)",
                course,
                member,
                at.minusDays(1),
                at);
    }

    public long attempt(long quiz, long member, String percent, LocalDateTime submitted) throws SQLException {
        return insert(
                "insert into quiz_attempt (quiz_id, member_id, number, status, started_at, submitted_at, points, percent,"
                        + " passed) values (?, ?, ?, 'SUBMITTED', ?, ?, 1, ?, ?)",
                quiz,
                member,
                ATTEMPT_NUMBERS.incrementAndGet(),
                submitted.minusMinutes(10),
                submitted,
                new BigDecimal(percent),
                new BigDecimal(percent).compareTo(BigDecimal.valueOf(80)) >= 0);
    }

    public long skill(String code, String name) throws SQLException {
        return insert("insert into skill (code, name) values (?, ?)", code, name);
    }

    /** A rule of one course, without quizzes. */
    public void rule(long skill, int months, long course) throws SQLException {
        long rule = insert("insert into certification_rule (skill_id, validity_months) values (?, ?)", skill, months);
        insert("insert into certification_rule_course (rule_id, course_id) values (?, ?)", rule, course);
    }

    /** A certificate written directly, with one ISSUED row, for the pages' tests. */
    public long certificate(long member, long skill, String status, LocalDate issuedOn, LocalDate expiresOn)
            throws SQLException {
        String code = UUID.randomUUID().toString().replace("-", "");
        long id = insert(
                "insert into certificate (number, member_id, skill_id, status, issued_on, expires_on, verification_code,"
                        + " revoked_at, revoke_reason) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                "T" + code.substring(0, 19),
                member,
                skill,
                status,
                issuedOn,
                expiresOn,
                code,
                "REVOKED".equals(status) ? LocalDateTime.of(2026, 3, 4, 5, 0) : null,
                "REVOKED".equals(status) ? "Gian lận khi làm bài kiểm tra" : null);
        update(
                "update certificate set number = ? where id = ?",
                String.format("LS-%d-%06d", issuedOn.getYear(), id),
                id);
        insert(
                "insert into certificate_issue (certificate_id, kind, issued_on, expires_on, issued_at)"
                        + " values (?, 'ISSUED', ?, ?, ?)",
                id,
                issuedOn,
                expiresOn,
                issuedOn.atTime(2, 0));
        return id;
    }

    /** Moves a certificate's latest issue back in time, as if it had been issued months ago. */
    public void backdate(long certificate, int months) throws SQLException {
        update(
                "update certificate set issued_on = date_sub(issued_on, interval ? month),"
                        + " expires_on = date_sub(expires_on, interval ? month) where id = ?",
                months,
                months,
                certificate);
        update(
                "update certificate_issue set issued_at = date_sub(issued_at, interval ? month),"
                        + " issued_on = date_sub(issued_on, interval ? month),"
                        + " expires_on = date_sub(expires_on, interval ? month) where certificate_id = ?",
                months,
                months,
                months,
                certificate);
    }

    public List<Stored> certificates(long member, long skill) throws SQLException {
        List<Stored> found = new ArrayList<>();
        try (Connection c = connections.open();
                PreparedStatement select = c.prepareStatement("select id, number, status, issued_on, expires_on,"
                        + " verification_code from certificate where member_id = ? and skill_id = ?")) {
            select.setLong(1, member);
            select.setLong(2, skill);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    found.add(new Stored(
                            rows.getLong(1),
                            rows.getString(2),
                            rows.getString(3),
                            rows.getObject(4, LocalDate.class),
                            rows.getObject(5, LocalDate.class),
                            rows.getString(6),
                            issues(c, rows.getLong(1))));
                }
            }
        }
        return found;
    }

    public boolean hasCourseTitled(String title) throws SQLException {
        try (Connection c = connections.open();
                PreparedStatement select = c.prepareStatement("select count(*) from course c join course_revision r"
                        + " on r.id = c.published_revision_id where r.title = ?")) {
            select.setString(1, title);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getInt(1) > 0;
            }
        }
    }

    public String verificationCode(long certificate) throws SQLException {
        try (Connection c = connections.open();
                PreparedStatement select =
                        c.prepareStatement("select verification_code from certificate where id = ?")) {
            select.setLong(1, certificate);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        }
    }

    private static List<String> issues(Connection c, long certificate) throws SQLException {
        List<String> kinds = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement(
                "select kind from certificate_issue where certificate_id = ? order by issued_at, id")) {
            select.setLong(1, certificate);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    kinds.add(rows.getString(1));
                }
            }
        }
        return kinds;
    }

    private long insert(String sql, Object... values) throws SQLException {
        try (Connection c = connections.open();
                PreparedStatement insert = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            bind(insert, values);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                return keys.next() ? keys.getLong(1) : 0;
            }
        }
    }

    private void update(String sql, Object... values) throws SQLException {
        try (Connection c = connections.open();
                PreparedStatement update = c.prepareStatement(sql)) {
            bind(update, values);
            update.executeUpdate();
        }
    }

    private static void bind(PreparedStatement statement, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            statement.setObject(i + 1, values[i]);
        }
    }
}
