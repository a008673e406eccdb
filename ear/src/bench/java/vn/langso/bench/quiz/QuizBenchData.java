package vn.langso.bench.quiz;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import vn.langso.bench.BenchLearners;
import vn.langso.kernel.SearchKey;

/**
 * The quiz benchmark's data, written straight into the running LangSo's database and kept for the next run: the
 * benchmark learners ({@code hocvien0001}, ... of {@code BenchLearners}), a published course whose only lesson is a
 * quiz of 20 fixed single-choice questions of 4 choices (30 minutes, no attempt limit), and every learner enrolled.
 * Each run starts from no attempt at all: the quiz's attempts and the course's progress are deleted first.
 */
final class QuizBenchData {

    static final String TITLE = "Thử tải: bài kiểm tra 20 câu";
    static final int QUESTIONS = 20;
    static final int CHOICES = 4;

    /** What the simulation needs. */
    record Prepared(long courseId, long quizId, List<String> usernames, String password) {}

    private QuizBenchData() {}

    static Prepared prepare(int learners) throws SQLException, IOException {
        try (Connection db = BenchLearners.connect()) {
            List<String> usernames = BenchLearners.ensure(db, learners);
            if (usernames.size() < learners) {
                throw new IllegalStateException("Only " + usernames.size() + " members without an account are left");
            }
            long course = existingCourse(db);
            if (course == 0) {
                course = createCourse(db);
            }
            long quiz = quizId(db);
            enrolAll(db, course);
            reset(db, course, quiz);
            return new Prepared(course, quiz, usernames, BenchLearners.PASSWORD);
        }
    }

    static Connection connect() throws SQLException, IOException {
        return BenchLearners.connect();
    }

    /** The benchmark's quiz, once prepared. */
    static long quizId(Connection db) throws SQLException {
        long course = existingCourse(db);
        if (course == 0) {
            throw new IllegalStateException("No course \"" + TITLE + "\": the simulation prepares it");
        }
        return single(db, "SELECT id FROM quiz WHERE course_id = ?", course);
    }

    private static long existingCourse(Connection db) throws SQLException {
        try (PreparedStatement query = db.prepareStatement("SELECT c.id FROM course c"
                + " JOIN course_revision r ON r.id = c.published_revision_id WHERE r.title = ? ORDER BY c.id")) {
            query.setString(1, TITLE);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? rows.getLong(1) : 0;
            }
        }
    }

    /** As the authoring component would leave it once published: one revision, one section, the quiz lesson. */
    private static long createCourse(Connection db) throws SQLException {
        Timestamp now = now();
        boolean autoCommit = db.getAutoCommit();
        db.setAutoCommit(false);
        try {
            long owner = single(db, "SELECT id FROM account WHERE username = ?", "giangvien");
            long course = insert(
                    db,
                    "INSERT INTO course (status, owner_id, created_at, published_at) VALUES ('PUBLISHED', ?, ?, ?)",
                    owner,
                    now,
                    now);
            long revision = insert(
                    db,
                    "INSERT INTO course_revision (course_id, number, title, search_key, summary, language,"
                            + " estimated_minutes, created_at, published_at) VALUES (?, 1, ?, ?, ?, 'vi', 30, ?, ?)",
                    course,
                    TITLE,
                    SearchKey.of(TITLE),
                    "Khoá học của phép đo tải: một bài kiểm tra mà mọi học viên thử bắt đầu cùng lúc.",
                    now,
                    now);
            long section = insert(
                    db,
                    "INSERT INTO course_section (revision_id, position, title) VALUES (?, 0, ?)",
                    revision,
                    "Kiểm tra");
            String lessonKey = UUID.randomUUID().toString();
            insert(
                    db,
                    "INSERT INTO lesson (revision_id, section_id, lesson_key, position, kind, title, required)"
                            + " VALUES (?, ?, ?, 0, 'QUIZ', ?, TRUE)",
                    revision,
                    section,
                    lessonKey,
                    "Bài kiểm tra cuối khoá");
            update(db, "UPDATE course SET published_revision_id = ? WHERE id = ?", revision, course);
            long category =
                    insert(db, "INSERT INTO question_category (course_id, name) VALUES (?, ?)", course, "Thử tải");
            long quiz = insert(
                    db,
                    "INSERT INTO quiz (course_id, lesson_key, time_limit_minutes, max_attempts, pass_percent)"
                            + " VALUES (?, ?, 30, NULL, 80)",
                    course,
                    lessonKey);
            for (int position = 0; position < QUESTIONS; position++) {
                long question = question(db, course, category, position + 1, now);
                insert(
                        db,
                        "INSERT INTO quiz_slot (quiz_id, position, question_id) VALUES (?, ?, ?)",
                        quiz,
                        position,
                        question);
            }
            db.commit();
            return course;
        } catch (SQLException | RuntimeException e) {
            db.rollback();
            throw e;
        } finally {
            db.setAutoCommit(autoCommit);
        }
    }

    private static long question(Connection db, long course, long category, int number, Timestamp now)
            throws SQLException {
        String text = "Câu " + number + ": Trên ứng dụng VNeID, mục nào dùng để tích hợp giấy tờ?";
        long question = insert(
                db,
                "INSERT INTO question (course_id, category_id, type, title, text_html, search_key, created_at)"
                        + " VALUES (?, ?, 'SINGLE_CHOICE', ?, ?, ?, ?)",
                course,
                category,
                "Câu " + number,
                "<p>" + text + "</p>",
                SearchKey.of(text),
                now);
        for (int choice = 0; choice < CHOICES; choice++) {
            boolean correct = choice == number % CHOICES;
            insert(
                    db,
                    "INSERT INTO question_choice (question_id, position, text, correct, weight_percent)"
                            + " VALUES (?, ?, ?, ?, ?)",
                    question,
                    choice,
                    "Phương án " + (char) ('A' + choice),
                    correct,
                    correct ? 100 : 0);
        }
        return question;
    }

    /** Every benchmark learner, also those of an earlier, larger run, so that any count finds them enrolled. */
    private static void enrolAll(Connection db, long course) throws SQLException {
        try (PreparedStatement enrol = db.prepareStatement(
                "INSERT INTO enrolment (course_id, member_id, enrolled_at, lessons_done, lessons_required)"
                        + " SELECT ?, a.member_id, ?, 0, 1 FROM account a WHERE a.username LIKE 'hocvien%'"
                        + " AND NOT EXISTS (SELECT 1 FROM enrolment e WHERE e.course_id = ? AND e.member_id = a.member_id)")) {
            enrol.setLong(1, course);
            enrol.setTimestamp(2, now());
            enrol.setLong(3, course);
            enrol.executeUpdate();
        }
    }

    /** Attempts of an earlier run would be resumed (200) instead of started, and would hold the lesson done. */
    private static void reset(Connection db, long course, long quiz) throws SQLException {
        try (Statement statement = db.createStatement()) {
            statement.executeUpdate("DELETE q FROM attempt_question q JOIN quiz_attempt a ON a.id = q.attempt_id"
                    + " WHERE a.quiz_id = " + quiz);
            statement.executeUpdate("DELETE FROM quiz_attempt WHERE quiz_id = " + quiz);
            statement.executeUpdate("DELETE p FROM lesson_progress p JOIN enrolment e ON e.id = p.enrolment_id"
                    + " WHERE e.course_id = " + course);
            statement.executeUpdate("UPDATE enrolment SET lessons_done = 0, last_lesson_key = NULL, completed_at = NULL"
                    + " WHERE course_id = " + course);
        }
    }

    private static long single(Connection db, String sql, Object value) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(sql)) {
            query.setObject(1, value);
            try (ResultSet rows = query.executeQuery()) {
                if (!rows.next()) {
                    throw new IllegalStateException("Nothing for " + sql + " with " + value + ": is the demo loaded?");
                }
                return rows.getLong(1);
            }
        }
    }

    private static long insert(Connection db, String sql, Object... values) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            bind(insert, values);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static void update(Connection db, String sql, Object... values) throws SQLException {
        try (PreparedStatement update = db.prepareStatement(sql)) {
            bind(update, values);
            update.executeUpdate();
        }
    }

    private static void bind(PreparedStatement statement, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            statement.setObject(i + 1, values[i]);
        }
    }

    private static Timestamp now() {
        return Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC));
    }
}
