package vn.langso.demo.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import vn.langso.demo.control.DemoQuizContent.DemoChoice;
import vn.langso.demo.control.DemoQuizContent.DemoQuestion;
import vn.langso.demo.control.DemoQuizContent.DemoQuiz;
import vn.langso.quizzes.control.ChoiceList;
import vn.langso.quizzes.control.QuestionWriter;
import vn.langso.quizzes.entity.QuestionType;

/**
 * The demo courses' quizzes: settings, a question bank, slots; and, for every learner whose demo enrolment is
 * complete, the passed attempt that completed it (a complete course includes its quiz).
 */
public final class DemoQuizzes {

    /** A quiz written: its id, and per question its id and the ids of its choices, the right ones apart. */
    public record WrittenQuiz(long quizId, List<WrittenQuestion> questions) {}

    public record WrittenQuestion(long id, List<Long> choices, List<Long> right) {}

    private DemoQuizzes() {}

    /** @param courses in the order of {@link DemoQuizContent#ALL} */
    public static List<WrittenQuiz> load(
            Connection connection, List<DemoCourses.PublishedCourse> courses, LocalDateTime now) throws SQLException {
        List<WrittenQuiz> written = new ArrayList<>();
        for (int i = 0; i < courses.size(); i++) {
            written.add(quiz(connection, courses.get(i), DemoQuizContent.ALL.get(i), now));
        }
        return written;
    }

    /**
     * For each complete enrolment of the course, one submitted attempt that passed, the day it completed: every
     * question answered right, but one in five learners missed one.
     */
    public static int passedAttempts(
            Connection connection, DemoCourses.PublishedCourse course, WrittenQuiz quiz, DemoQuiz content)
            throws SQLException {
        List<Object[]> attempts = new ArrayList<>();
        List<Object[]> asked = new ArrayList<>();
        long nextId = nextAttemptId(connection);
        int count = content.draw() == 0 ? quiz.questions().size() : content.draw();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT member_id, completed_at FROM enrolment WHERE course_id = ? AND completed_at IS NOT NULL")) {
            select.setLong(1, course.courseId());
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    long memberId = rows.getLong(1);
                    LocalDateTime submitted = rows.getTimestamp(2).toLocalDateTime();
                    long attemptId = nextId++;
                    int missed = memberId % 5 == 0 ? 1 : 0;
                    BigDecimal percent = BigDecimal.valueOf(100L * (count - missed))
                            .divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP);
                    attempts.add(new Object[] {
                        attemptId,
                        quiz.quizId(),
                        memberId,
                        1,
                        "SUBMITTED",
                        submitted.minusMinutes(9),
                        submitted.plusMinutes(6),
                        submitted,
                        BigDecimal.valueOf(count - missed),
                        percent,
                        true
                    });
                    for (int q = 0; q < count; q++) {
                        WrittenQuestion question = quiz.questions()
                                .get((int) ((q + memberId) % quiz.questions().size()));
                        boolean right = q >= missed;
                        List<Long> chosen = right ? question.right() : List.of(wrongChoice(question));
                        asked.add(new Object[] {
                            attemptId,
                            q + 1,
                            question.id(),
                            ChoiceList.format(question.choices()),
                            ChoiceList.format(chosen),
                            submitted.minusMinutes(8).plusSeconds(q * 40L),
                            right ? BigDecimal.ONE : BigDecimal.ZERO
                        });
                    }
                }
            }
        }
        BulkInsert.insert(
                connection,
                "quiz_attempt (id, quiz_id, member_id, number, status, started_at, deadline_at, submitted_at, points,"
                        + " percent, passed)",
                attempts,
                row -> row);
        BulkInsert.insert(
                connection,
                "attempt_question (attempt_id, position, question_id, choice_order, chosen, answered_at, points)",
                asked,
                row -> row);
        return attempts.size();
    }

    private static Long wrongChoice(WrittenQuestion question) {
        return question.choices().stream()
                .filter(c -> !question.right().contains(c))
                .findFirst()
                .orElseThrow();
    }

    private static WrittenQuiz quiz(
            Connection connection, DemoCourses.PublishedCourse course, DemoQuiz content, LocalDateTime now)
            throws SQLException {
        long quizId = insert(
                connection,
                "INSERT INTO quiz (course_id, lesson_key, time_limit_minutes, max_attempts, pass_percent,"
                        + " shuffle_questions, shuffle_choices, review_mode) VALUES (?, ?, 15, 3, 80, true, true,"
                        + " 'FEEDBACK')",
                course.courseId(),
                course.quizKey());
        long category = insert(
                connection,
                "INSERT INTO question_category (course_id, name) VALUES (?, ?)",
                course.courseId(),
                "Kiểm tra cuối khóa");
        List<WrittenQuestion> questions = new ArrayList<>();
        int position = 1;
        for (DemoQuestion demo : content.questions()) {
            long questionId = insert(
                    connection,
                    "INSERT INTO question (course_id, category_id, type, text_html, search_key, explanation_html,"
                            + " created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    course.courseId(),
                    category,
                    demo.type(),
                    "<p>" + demo.text() + "</p>",
                    QuestionWriter.searchKey(demo.text()),
                    "<p>" + demo.explanation() + "</p>",
                    Timestamp.valueOf(now.minusDays(30)));
            List<Long> choices = new ArrayList<>();
            List<Long> right = new ArrayList<>();
            int choicePosition = 1;
            long rightCount =
                    demo.choices().stream().filter(DemoChoice::correct).count();
            for (DemoChoice choice : demo.choices()) {
                long choiceId = insert(
                        connection,
                        "INSERT INTO question_choice (question_id, position, text, correct, weight_percent,"
                                + " feedback_html) VALUES (?, ?, ?, ?, ?, ?)",
                        questionId,
                        choicePosition++,
                        choice.text(),
                        choice.correct(),
                        QuestionWriter.weight(QuestionType.valueOf(demo.type()), choice.correct(), rightCount),
                        choice.feedback() == null ? null : "<p>" + choice.feedback() + "</p>");
                choices.add(choiceId);
                if (choice.correct()) {
                    right.add(choiceId);
                }
            }
            questions.add(new WrittenQuestion(questionId, choices, right));
            if (content.draw() == 0) {
                insert(
                        connection,
                        "INSERT INTO quiz_slot (quiz_id, position, question_id) VALUES (?, ?, ?)",
                        quizId,
                        position++,
                        questionId);
            }
        }
        if (content.draw() > 0) {
            insert(
                    connection,
                    "INSERT INTO quiz_slot (quiz_id, position, category_id, draw_count) VALUES (?, 1, ?, ?)",
                    quizId,
                    category,
                    content.draw());
        }
        return new WrittenQuiz(quizId, questions);
    }

    private static long nextAttemptId(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM quiz_attempt")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static long insert(Connection connection, String sql, Object... values) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < values.length; i++) {
                insert.setObject(i + 1, values[i]);
            }
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }
}
