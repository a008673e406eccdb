package vn.langso.learning;

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
import java.util.UUID;
import vn.langso.it.OrgFixture;
import vn.langso.kernel.SearchKey;

/**
 * Courses the learning tests write with JDBC, as the authoring component would leave them: revisions with one
 * section of text lessons, lesson keys kept from one revision to the next, the course pointing at its published
 * and draft revisions. Titles carry a random suffix, so a test finds its own courses in the catalogue.
 */
public final class LearningCourses {

    public final String suffix = UUID.randomUUID().toString().substring(0, 6);
    private final OrgFixture.Connections connections;

    /** A course and one of its revisions, with the keys of that revision's lessons in order. */
    public record Built(long course, long revision, int number, List<String> keys, List<String> optionalKeys) {}

    public LearningCourses(OrgFixture.Connections connections) {
        this.connections = connections;
    }

    public String title(String name) {
        return name + " " + suffix;
    }

    /** A published course of {@code required} required lessons, then {@code optional} optional ones. */
    public Built published(String owner, String title, int required, int optional, String... services)
            throws SQLException {
        try (Connection c = connections.open()) {
            long course = insert(
                    c,
                    "insert into course (status, owner_id, created_at, published_at) values ('PUBLISHED', ?, ?, ?)",
                    accountId(c, owner),
                    now(),
                    now());
            Built built = revision(c, course, 1, title, true, new ArrayList<>(), required, optional, services);
            update(c, "update course set published_revision_id = ? where id = ?", built.revision(), course);
            return built;
        }
    }

    /** A course never published: only a draft revision. */
    public Built draftOnly(String owner, String title, int required) throws SQLException {
        try (Connection c = connections.open()) {
            long course = insert(
                    c,
                    "insert into course (status, owner_id, created_at) values ('DRAFT', ?, ?)",
                    accountId(c, owner),
                    now());
            Built built = revision(c, course, 1, title, false, new ArrayList<>(), required, 0);
            update(c, "update course set draft_revision_id = ? where id = ?", built.revision(), course);
            return built;
        }
    }

    /** A new draft of a published course (not published): the kept lessons, then {@code added} new ones. */
    public Built draft(Built base, String title, List<String> kept, int added) throws SQLException {
        try (Connection c = connections.open()) {
            Built built = revision(c, base.course(), base.number() + 1, title, false, new ArrayList<>(kept), added, 0);
            update(c, "update course set draft_revision_id = ? where id = ?", built.revision(), base.course());
            return built;
        }
    }

    /**
     * Publishes a new revision as the authoring component does, without firing anything: the caller fires
     * {@code CoursePublished} so that learning recounts.
     */
    public Built publish(Built base, String title, List<String> kept, int added) throws SQLException {
        try (Connection c = connections.open()) {
            Built built = revision(c, base.course(), base.number() + 1, title, true, new ArrayList<>(kept), added, 0);
            update(
                    c,
                    "update course set published_revision_id = ?, draft_revision_id = null, published_at = ?,"
                            + " status = 'PUBLISHED' where id = ?",
                    built.revision(),
                    now(),
                    base.course());
            return built;
        }
    }

    public void archive(long course) throws SQLException {
        try (Connection c = connections.open()) {
            update(c, "update course set status = 'ARCHIVED', archived_at = ? where id = ?", now(), course);
        }
    }

    /** How many progress rows an enrolment of the member has in the course. */
    public int progressRows(long course, long member) throws SQLException {
        try (Connection c = connections.open();
                PreparedStatement select = c.prepareStatement("select count(*) from lesson_progress p join enrolment e"
                        + " on e.id = p.enrolment_id where e.course_id = ? and e.member_id = ?")) {
            select.setLong(1, course);
            select.setLong(2, member);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    private Built revision(
            Connection c,
            long course,
            int number,
            String title,
            boolean published,
            List<String> keys,
            int required,
            int optional,
            String... services)
            throws SQLException {
        long revision = insert(
                c,
                "insert into course_revision (course_id, number, title, search_key, summary, language, estimated_minutes,"
                        + " created_at, published_at) values (?, ?, ?, ?, ?, 'vi', 30, ?, ?)",
                course,
                number,
                title,
                SearchKey.of(title),
                "Tóm tắt " + title,
                now(),
                published ? now() : null);
        for (String service : services) {
            update(
                    c,
                    "insert into course_revision_service (revision_id, service_code) values (?, ?)",
                    revision,
                    service);
        }
        long section = insert(
                c, "insert into course_section (revision_id, position, title) values (?, 0, ?)", revision, "Phần một");
        for (int i = 0; i < required; i++) {
            keys.add(UUID.randomUUID().toString());
        }
        List<String> optionalKeys = new ArrayList<>();
        for (int i = 0; i < optional; i++) {
            optionalKeys.add(UUID.randomUUID().toString());
        }
        int position = 0;
        for (String key : keys) {
            lesson(c, revision, section, key, position++, true);
        }
        for (String key : optionalKeys) {
            lesson(c, revision, section, key, position++, false);
        }
        return new Built(course, revision, number, List.copyOf(keys), List.copyOf(optionalKeys));
    }

    private static void lesson(Connection c, long revision, long section, String key, int position, boolean required)
            throws SQLException {
        insert(
                c,
                "insert into lesson (revision_id, section_id, lesson_key, position, kind, title, body, required)"
                        + " values (?, ?, ?, ?, 'TEXT', ?, ?, ?)",
                revision,
                section,
                key,
                position,
                "Bài " + (position + 1),
                "<p>Nội dung bài " + (position + 1) + "</p>",
                required);
    }

    private static long accountId(Connection c, String username) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("select id from account where username = ?")) {
            select.setString(1, username);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static Timestamp now() {
        return Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC));
    }

    private static long insert(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            bind(insert, values);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static void update(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement update = c.prepareStatement(sql)) {
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
