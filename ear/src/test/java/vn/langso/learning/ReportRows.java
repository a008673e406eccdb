package vn.langso.learning;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.langso.it.AccountRows;
import vn.langso.it.OrgFixture;
import vn.langso.kernel.LocalDates;
import vn.langso.kernel.SearchKey;

/**
 * Rows the assignment and report tests write with JDBC beside an {@link OrgFixture}: courses with required lessons,
 * more units, teams and members, and enrolments at a chosen stage of progress, set directly in their columns.
 */
public final class ReportRows {

    /** The server's today: a Vietnamese calendar day. */
    public static final LocalDate TODAY = LocalDates.today(Clock.systemUTC());

    private final OrgFixture.Connections connections;

    public ReportRows(OrgFixture.Connections connections) {
        this.connections = connections;
    }

    /** A published course with {@code required} required lessons and one optional lesson. */
    public long publishedCourse(String owner, String title, int required) throws SQLException {
        return course(owner, title, "PUBLISHED", required);
    }

    public long draftCourse(String owner, String title) throws SQLException {
        return course(owner, title, "DRAFT", 1);
    }

    /** A draft archived before it was ever published: it has no published revision. */
    public long archivedDraft(String owner, String title) throws SQLException {
        long course = draftCourse(owner, title);
        archive(course);
        return course;
    }

    public void archive(long course) throws SQLException {
        try (Connection c = connections.open()) {
            update(c, "update course set status = 'ARCHIVED' where id = ?", course);
        }
    }

    public void deactivateTeam(long team) throws SQLException {
        try (Connection c = connections.open()) {
            update(c, "update team set active = false where id = ?", team);
        }
    }

    public long unit(String code, String name, String level, long parent) throws SQLException {
        try (Connection c = connections.open()) {
            long id = insert(
                    c,
                    "insert into admin_unit (code, name, search_key, type_label, level_id, parent_id, path, households)"
                            + " values (?, ?, ?, 'ấp', (select id from admin_level where code = ?), ?, '/', 50)",
                    code,
                    name,
                    SearchKey.of(name),
                    level,
                    parent);
            String parentPath;
            try (PreparedStatement select = c.prepareStatement("select path from admin_unit where id = ?")) {
                select.setLong(1, parent);
                try (ResultSet rows = select.executeQuery()) {
                    rows.next();
                    parentPath = rows.getString(1);
                }
            }
            update(c, "update admin_unit set path = ? where id = ?", parentPath + id + "/", id);
            return id;
        }
    }

    public long team(long unit, String name) throws SQLException {
        try (Connection c = connections.open()) {
            return insert(
                    c,
                    "insert into team (unit_id, name, search_key, founded_on) values (?, ?, ?, ?)",
                    unit,
                    name,
                    SearchKey.of(name),
                    LocalDate.of(2023, 3, 1));
        }
    }

    /** A member with an open membership in the team. */
    public long member(String name, long team) throws SQLException {
        try (Connection c = connections.open()) {
            long member = insertMember(c, name);
            membership(c, team, member, null);
            return member;
        }
    }

    /** {@code teams} teams of {@code size} members each under the unit, written in batches, for speed tests. */
    public void manyTeams(long unit, String prefix, int teams, int size) throws SQLException {
        try (Connection c = connections.open();
                PreparedStatement member = c.prepareStatement(
                        "insert into member (full_name, search_key, phone) values (?, ?, ?)",
                        Statement.RETURN_GENERATED_KEYS);
                PreparedStatement membership = c.prepareStatement("insert into team_membership"
                        + " (team_id, member_id, team_role, started_on) values (?, ?, 'MEMBER', '2024-02-01')")) {
            for (int t = 0; t < teams; t++) {
                long team = team(unit, prefix + " " + t);
                for (int m = 0; m < size; m++) {
                    String name = "Tổ viên " + prefix + " " + t + "-" + m;
                    member.setString(1, name);
                    member.setString(2, SearchKey.of(name));
                    member.setString(3, AccountRows.uniquePhone());
                    member.addBatch();
                }
                member.executeBatch();
                try (ResultSet keys = member.getGeneratedKeys()) {
                    while (keys.next()) {
                        membership.setLong(1, team);
                        membership.setLong(2, keys.getLong(1));
                        membership.addBatch();
                    }
                }
                membership.executeBatch();
            }
        }
    }

    /** A member who left the team; in {@code nowIn} since, or in no team when it is null. */
    public long formerMember(String name, long team, Long nowIn) throws SQLException {
        try (Connection c = connections.open()) {
            long member = insertMember(c, name);
            membership(c, team, member, LocalDate.of(2024, 1, 31));
            if (nowIn != null) {
                membership(c, nowIn, member, null);
            }
            return member;
        }
    }

    /** An enrolment with its progress: {@code done} of {@code required} lessons, completed when all are. */
    public long enrol(long course, long member, int done, int required, LocalDate dueOn) throws SQLException {
        try (Connection c = connections.open()) {
            LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
            return insert(
                    c,
                    "insert into enrolment (course_id, member_id, enrolled_at, due_on, lessons_done, lessons_required,"
                            + " completed_at) values (?, ?, ?, ?, ?, ?, ?)",
                    course,
                    member,
                    now,
                    dueOn,
                    done,
                    required,
                    done >= required ? now : null);
        }
    }

    public void setDueOn(long course, long member, LocalDate dueOn) throws SQLException {
        try (Connection c = connections.open()) {
            update(c, "update enrolment set due_on = ? where course_id = ? and member_id = ?", dueOn, course, member);
        }
    }

    public void complete(long course, long member) throws SQLException {
        try (Connection c = connections.open()) {
            update(
                    c,
                    "update enrolment set lessons_done = lessons_required, completed_at = ?"
                            + " where course_id = ? and member_id = ?",
                    LocalDateTime.now(ZoneOffset.UTC),
                    course,
                    member);
        }
    }

    /** The members enrolled in the course, one entry per enrolment, so that a double shows twice. */
    public List<Long> enrolledMembers(long course) throws SQLException {
        return longs("select member_id from enrolment where course_id = ? order by member_id", course);
    }

    /** {@code [assignment_id, due_on, lessons_done, lessons_required]} of one enrolment. */
    public Object[] enrolment(long course, long member) throws SQLException {
        try (Connection c = connections.open();
                PreparedStatement select = c.prepareStatement("select assignment_id, due_on, lessons_done,"
                        + " lessons_required from enrolment where course_id = ? and member_id = ?")) {
            select.setLong(1, course);
            select.setLong(2, member);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return new Object[] {
                    rows.getObject(1, Long.class), rows.getObject(2, LocalDate.class), rows.getInt(3), rows.getInt(4)
                };
            }
        }
    }

    private long course(String owner, String title, String status, int required) throws SQLException {
        try (Connection c = connections.open()) {
            LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
            boolean published = "PUBLISHED".equals(status);
            long ownerId =
                    longs(c, "select id from account where username = ?", owner).get(0);
            long course = insert(
                    c,
                    "insert into course (status, owner_id, created_at, published_at) values (?, ?, ?, ?)",
                    status,
                    ownerId,
                    now,
                    published ? now : null);
            long revision = insert(
                    c,
                    "insert into course_revision (course_id, number, title, search_key, created_at, published_at)"
                            + " values (?, 1, ?, ?, ?, ?)",
                    course,
                    title,
                    SearchKey.of(title),
                    now,
                    published ? now : null);
            update(
                    c,
                    "update course set " + (published ? "published_revision_id" : "draft_revision_id")
                            + " = ? where id = ?",
                    revision,
                    course);
            long section = insert(
                    c, "insert into course_section (revision_id, position, title) values (?, 0, 'Phần 1')", revision);
            for (int i = 0; i <= required; i++) {
                insert(
                        c,
                        "insert into lesson (revision_id, section_id, lesson_key, position, kind, title, body, required)"
                                + " values (?, ?, ?, ?, 'TEXT', ?, '<p>Bài</p>', ?)",
                        revision,
                        section,
                        UUID.randomUUID().toString(),
                        i,
                        "Bài " + (i + 1),
                        i < required);
            }
            return course;
        }
    }

    private static long insertMember(Connection c, String name) throws SQLException {
        return insert(
                c,
                "insert into member (full_name, search_key, phone) values (?, ?, ?)",
                name,
                SearchKey.of(name),
                AccountRows.uniquePhone());
    }

    private static void membership(Connection c, long team, long member, LocalDate endedOn) throws SQLException {
        insert(
                c,
                "insert into team_membership (team_id, member_id, team_role, started_on, ended_on)"
                        + " values (?, ?, 'MEMBER', ?, ?)",
                team,
                member,
                endedOn == null ? LocalDate.of(2024, 2, 1) : LocalDate.of(2023, 3, 1),
                endedOn);
    }

    private List<Long> longs(String sql, Object... parameters) throws SQLException {
        try (Connection c = connections.open()) {
            return longs(c, sql, parameters);
        }
    }

    private static List<Long> longs(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement select = c.prepareStatement(sql)) {
            bind(select, parameters);
            List<Long> values = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getLong(1));
                }
            }
            return values;
        }
    }

    private static long insert(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            bind(insert, parameters);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                return keys.next() ? keys.getLong(1) : 0;
            }
        }
    }

    private static void update(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement update = c.prepareStatement(sql)) {
            bind(update, parameters);
            update.executeUpdate();
        }
    }

    private static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
    }
}
