package vn.langso.quizzes;

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
import vn.langso.learning.LearningCourses;

/**
 * Published courses with a quiz lesson, written with JDBC as authoring and the quiz setup would leave them: the QUIZ
 * lesson after the text lessons, its quiz row, a category of questions and the quiz's slots.
 */
public final class QuizCourses {

    private final OrgFixture.Connections connections;
    private final LearningCourses courses;

    /** A course with its quiz: the quiz lesson's key, the quiz and its question category. */
    public record Built(LearningCourses.Built course, String quizKey, long quiz, long category) {}

    /** A question and its choices' ids, the right ones apart. */
    public record Question(long id, List<Long> choices, List<Long> right, List<Long> wrong) {}

    public QuizCourses(OrgFixture.Connections connections, LearningCourses courses) {
        this.connections = connections;
        this.courses = courses;
    }

    /** A published course of {@code textLessons} required text lessons and one (required) quiz lesson. */
    public Built published(String owner, String title, int textLessons) throws SQLException {
        LearningCourses.Built course = courses.published(owner, title, textLessons, 0);
        String key = UUID.randomUUID().toString();
        try (Connection c = connections.open()) {
            long section = single(c, "select id from course_section where revision_id = ?", course.revision());
            insert(
                    c,
                    "insert into lesson (revision_id, section_id, lesson_key, position, kind, title, required)"
                            + " values (?, ?, ?, ?, 'QUIZ', ?, true)",
                    course.revision(),
                    section,
                    key,
                    textLessons,
                    "Kiểm tra cuối khóa");
            long quiz = insert(
                    c,
                    "insert into quiz (course_id, lesson_key, pass_percent, shuffle_questions, shuffle_choices,"
                            + " review_mode) values (?, ?, 80, false, false, 'FEEDBACK')",
                    course.course(),
                    key);
            long category = insert(
                    c, "insert into question_category (course_id, name) values (?, ?)", course.course(), "Chung");
            return new Built(course, key, quiz, category);
        }
    }

    /** A single-choice question of four choices, the first right; fixed in the quiz when {@code fixed}. */
    public Question single(Built quiz, boolean fixed) throws SQLException {
        return question(quiz, "SINGLE_CHOICE", fixed, true, false, false, false);
    }

    public Question multiple(Built quiz, boolean fixed, boolean... correct) throws SQLException {
        return question(quiz, "MULTIPLE_CHOICE", fixed, correct);
    }

    /** "Đúng" then "Sai"; the statement is true when {@code isTrue}. */
    public Question trueFalse(Built quiz, boolean fixed, boolean isTrue) throws SQLException {
        return question(quiz, "TRUE_FALSE", fixed, isTrue, !isTrue);
    }

    public void randomSlot(Built quiz, long category, int count) throws SQLException {
        try (Connection c = connections.open()) {
            insert(
                    c,
                    "insert into quiz_slot (quiz_id, position, category_id, draw_count) values (?, ?, ?, ?)",
                    quiz.quiz(),
                    nextPosition(c, quiz.quiz()),
                    category,
                    count);
        }
    }

    /** Sets columns of the quiz row, e.g. {@code "max_attempts = 1"}. */
    public void settings(Built quiz, String assignments) throws SQLException {
        try (Connection c = connections.open();
                PreparedStatement update = c.prepareStatement("update quiz set " + assignments + " where id = ?")) {
            update.setLong(1, quiz.quiz());
            update.executeUpdate();
        }
    }

    /** Moves an attempt's deadline, e.g. into the past as if its time had run out. */
    public void deadline(long attempt, LocalDateTime deadline) throws SQLException {
        try (Connection c = connections.open();
                PreparedStatement update = c.prepareStatement("update quiz_attempt set deadline_at = ? where id = ?")) {
            update.setTimestamp(1, Timestamp.valueOf(deadline));
            update.setLong(2, attempt);
            update.executeUpdate();
        }
    }

    public long count(String sql, Object... values) throws SQLException {
        try (Connection c = connections.open()) {
            return single(c, sql, values);
        }
    }

    public String text(String sql, Object... values) throws SQLException {
        try (Connection c = connections.open();
                PreparedStatement select = c.prepareStatement(sql)) {
            bind(select, values);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }

    private Question question(Built quiz, String type, boolean fixed, boolean... correct) throws SQLException {
        try (Connection c = connections.open()) {
            String text = type + " " + UUID.randomUUID();
            long id = insert(
                    c,
                    "insert into question (course_id, category_id, type, text_html, search_key, explanation_html,"
                            + " created_at) values (?, ?, ?, ?, ?, ?, ?)",
                    quiz.course().course(),
                    quiz.category(),
                    type,
                    "<p>" + text + "</p>",
                    text.toLowerCase(),
                    "<p>Giải thích</p>",
                    Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC)));
            List<Long> choices = new ArrayList<>();
            List<Long> right = new ArrayList<>();
            List<Long> wrong = new ArrayList<>();
            for (int i = 0; i < correct.length; i++) {
                String label = type.equals("TRUE_FALSE") ? (i == 0 ? "Đúng" : "Sai") : "Lựa chọn " + (i + 1);
                long choice = insert(
                        c,
                        "insert into question_choice (question_id, position, text, correct, feedback_html)"
                                + " values (?, ?, ?, ?, ?)",
                        id,
                        i + 1,
                        label,
                        correct[i],
                        correct[i] ? "<p>Chính xác</p>" : "<p>Chưa đúng</p>");
                choices.add(choice);
                (correct[i] ? right : wrong).add(choice);
            }
            if (fixed) {
                insert(
                        c,
                        "insert into quiz_slot (quiz_id, position, question_id) values (?, ?, ?)",
                        quiz.quiz(),
                        nextPosition(c, quiz.quiz()),
                        id);
            }
            return new Question(id, choices, right, wrong);
        }
    }

    private static int nextPosition(Connection c, long quiz) throws SQLException {
        return (int) single(c, "select coalesce(max(position), 0) + 1 from quiz_slot where quiz_id = ?", quiz);
    }

    private static long single(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement select = c.prepareStatement(sql)) {
            bind(select, values);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static long insert(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            bind(insert, values);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                return keys.next() ? keys.getLong(1) : 0;
            }
        }
    }

    private static void bind(PreparedStatement statement, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            statement.setObject(i + 1, values[i]);
        }
    }
}
