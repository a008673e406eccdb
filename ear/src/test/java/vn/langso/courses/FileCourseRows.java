package vn.langso.courses;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.UUID;

/** A course of the test's own, written with JDBC: one revision, draft or published, owned by a given account. */
final class FileCourseRows {

    private FileCourseRows() {}

    static long course(Connection connection, String ownerUsername, boolean published) throws SQLException {
        Timestamp now = Timestamp.valueOf(LocalDateTime.now());
        long owner = id(connection, "select id from account where username = '" + ownerUsername.replace("'", "") + "'");
        long course = insert(
                connection,
                "insert into course (status, owner_id, created_at, published_at) values (?, ?, ?, ?)",
                published ? "PUBLISHED" : "DRAFT",
                owner,
                now,
                published ? now : null);
        long revision = insert(
                connection,
                "insert into course_revision (course_id, number, title, search_key, created_at, published_at)"
                        + " values (?, 1, ?, ?, ?, ?)",
                course,
                "Khoá học tệp " + course,
                "khoa hoc tep " + course,
                now,
                published ? now : null);
        try (PreparedStatement update = connection.prepareStatement("update course set "
                + (published ? "published_revision_id" : "draft_revision_id") + " = ? where id = ?")) {
            update.setLong(1, revision);
            update.setLong(2, course);
            update.executeUpdate();
        }
        return course;
    }

    /** A document lesson showing the file, in its own section of the course's published revision. */
    static void publishedLessonShowing(Connection connection, long courseId, long fileId) throws SQLException {
        long revision = id(connection, "select published_revision_id from course where id = " + courseId);
        long section = insert(
                connection,
                "insert into course_section (revision_id, position, title) values (?, 0, 'Phần 1')",
                revision);
        insert(
                connection,
                "insert into lesson (revision_id, section_id, lesson_key, position, kind, title, document_file_id)"
                        + " values (?, ?, ?, 0, 'DOCUMENT', 'Tài liệu', ?)",
                revision,
                section,
                UUID.randomUUID().toString(),
                fileId);
    }

    static void archive(Connection connection, long courseId) throws SQLException {
        try (Statement update = connection.createStatement()) {
            update.executeUpdate("update course set status = 'ARCHIVED', archived_at = now() where id = " + courseId);
        }
    }

    static long count(Connection connection, String sql) throws SQLException {
        return id(connection, sql);
    }

    private static long id(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static long insert(Connection connection, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }
}
