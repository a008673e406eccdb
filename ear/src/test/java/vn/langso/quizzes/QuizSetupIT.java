package vn.langso.quizzes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.langso.it.AccountRows;
import vn.langso.it.Caller;
import vn.langso.it.Deployments;
import vn.langso.it.OrgFixture;
import vn.langso.kernel.InvalidInputException;
import vn.langso.kernel.NotFoundException;
import vn.langso.kernel.PageRequest;
import vn.langso.learning.LearningCourses;
import vn.langso.quizzes.boundary.QuizAttemptList;
import vn.langso.quizzes.boundary.QuizAttemptListFilter;
import vn.langso.quizzes.boundary.QuizAttemptListRow;
import vn.langso.quizzes.boundary.QuizAttemptListSummary;
import vn.langso.quizzes.boundary.QuizSettingsEdit;
import vn.langso.quizzes.boundary.QuizSetup;
import vn.langso.quizzes.boundary.QuizSetupView;
import vn.langso.quizzes.boundary.SlotView;
import vn.langso.quizzes.entity.AttemptStatus;
import vn.langso.quizzes.entity.ReviewMode;

/** Runs inside the server: a quiz lesson's setup and its list of attempts, through their boundaries. */
@ExtendWith(ArquillianExtension.class)
class QuizSetupIT {

    static final Set<String> TRAINER = Set.of("TRAINER");
    static final LocalDateTime OPENS = LocalDateTime.of(2026, 12, 1, 2, 0);

    @Inject
    QuizSetup setup;

    @Inject
    QuizAttemptList attempts;

    @Resource
    ManagedExecutorService executor;

    @Resource(lookup = "java:jboss/datasources/LangSoDS")
    DataSource dataSource;

    OrgFixture org;
    String owner;
    long course;
    String quizKey;
    String textKey;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.langSo(
                QuizSetupIT.class,
                AccountRows.class,
                OrgFixture.class,
                OrgFixture.Connections.class,
                LearningCourses.class,
                LearningCourses.Built.class);
    }

    /** A published course of two lessons: the first made a quiz, the second a text. */
    @BeforeEach
    void courseWithAQuizLesson() throws Exception {
        org = OrgFixture.create(dataSource::getConnection);
        owner = org.account("owner", null, null, "TRAINER");
        LearningCourses courses = new LearningCourses(dataSource::getConnection);
        LearningCourses.Built built = courses.published(owner, courses.title("Kiểm tra VNeID"), 2, 0);
        course = built.course();
        quizKey = built.keys().get(0);
        textKey = built.keys().get(1);
        execute("update lesson set kind = 'QUIZ', body = null where lesson_key = ?", quizKey);
    }

    @Test
    void openingMakesOneQuizRowWithTheDefaultsEvenWhenOpenedTwice() throws Exception {
        QuizSetupView first = as(owner, () -> setup.open(course, quizKey));
        QuizSetupView second = as(owner, () -> setup.open(course, quizKey));

        assertThat(second.quizId()).isEqualTo(first.quizId());
        assertThat(count("select count(*) from quiz where course_id = ?", course))
                .isEqualTo(1);
        assertThat(first.settings())
                .isEqualTo(new QuizSettingsEdit(null, null, null, null, 80, true, true, ReviewMode.FEEDBACK));
        assertThat(first.lessonTitle()).isEqualTo("Bài 1");
        assertThat(first.questionsPerAttempt()).isZero();
    }

    @Test
    void twoFirstOpensAtTheSameMomentMakeOneQuizRow() throws Exception {
        CyclicBarrier together = new CyclicBarrier(2);
        List<Future<QuizSetupView>> opens = as(
                owner,
                () -> List.of(
                        executor.submit(() -> {
                            together.await(10, TimeUnit.SECONDS);
                            return setup.open(course, quizKey);
                        }),
                        executor.submit(() -> {
                            together.await(10, TimeUnit.SECONDS);
                            return setup.open(course, quizKey);
                        })));

        assertThat(opens.get(0).get(30, TimeUnit.SECONDS).quizId())
                .isEqualTo(opens.get(1).get(30, TimeUnit.SECONDS).quizId());
        assertThat(count("select count(*) from quiz where course_id = ?", course))
                .isEqualTo(1);
    }

    @Test
    void settingsAreSavedAndReadBack() throws Exception {
        QuizSettingsEdit edit =
                new QuizSettingsEdit(20, OPENS, OPENS.plusDays(7), 3, 70, false, true, ReviewMode.CORRECT_ANSWERS);

        as(owner, () -> setup.update(course, quizKey, edit));

        assertThat(as(owner, () -> setup.open(course, quizKey)).settings()).isEqualTo(edit);
        assertThat(count(
                        "select count(*) from quiz where course_id = ? and pass_percent = 70"
                                + " and max_attempts = 3 and time_limit_minutes = 20 and shuffle_questions = false",
                        course))
                .isEqualTo(1);
    }

    @Test
    void invalidSettingsAreRefusedWithTheirFieldAndNothingChanges() throws Exception {
        as(owner, () -> setup.open(course, quizKey));

        assertThat(refusedField(new QuizSettingsEdit(
                        null, OPENS, OPENS.minusHours(1), null, 80, true, true, ReviewMode.FEEDBACK)))
                .isEqualTo("closesAt");
        assertThat(refusedField(new QuizSettingsEdit(null, null, null, null, 101, true, true, ReviewMode.FEEDBACK)))
                .isEqualTo("passPercent");
        assertThat(refusedField(new QuizSettingsEdit(0, null, null, null, 80, true, true, ReviewMode.FEEDBACK)))
                .isEqualTo("timeLimitMinutes");
        assertThat(count(
                        "select count(*) from quiz where course_id = ? and pass_percent = 80"
                                + " and time_limit_minutes is null and closes_at is null",
                        course))
                .isEqualTo(1);
    }

    @Test
    void fixedAndRandomQuestionsMakeTheAttemptAndARandomSlotLargerThanItsCategoryIsRefused() throws Exception {
        long category = category(course, "VNeID");
        long q1 = question(course, category, "Câu một");
        question(course, category, "Câu hai");
        question(course, category, "Câu ba");

        as(owner, () -> setup.addQuestion(course, quizKey, q1));
        InvalidInputException tooMany = catchThrowableOfType(
                () -> as(owner, () -> setup.addRandom(course, quizKey, category, 3)), InvalidInputException.class);
        QuizSetupView view = as(owner, () -> setup.addRandom(course, quizKey, category, 2));

        assertThat(tooMany.field()).isEqualTo("drawCount");
        assertThat(tooMany.arguments()).first().isEqualTo(2);
        assertThat(view.questionsPerAttempt()).isEqualTo(3);
        assertThat(view.slots())
                .extracting(SlotView::position, SlotView::fixed, SlotView::drawCount)
                .containsExactly(tuple(1, true, 1), tuple(2, false, 2));
        assertThat(view.slots().get(0).questionText()).isEqualTo("Câu một");
        assertThatThrownBy(() -> as(owner, () -> setup.addRandom(course, quizKey, category, 1)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> as(owner, () -> setup.addQuestion(course, quizKey, q1)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("quizzes.quiz.questionTwice");
    }

    @Test
    void slotsAreReorderedAndRemoved() throws Exception {
        long category = category(course, "Dịch vụ công");
        long q1 = question(course, category, "Câu một");
        long q2 = question(course, category, "Câu hai");
        as(owner, () -> setup.addQuestion(course, quizKey, q1));
        QuizSetupView two = as(owner, () -> setup.addQuestion(course, quizKey, q2));
        List<Long> ids = two.slots().stream().map(SlotView::id).toList();

        QuizSetupView swapped = as(owner, () -> setup.reorderSlots(course, quizKey, List.of(ids.get(1), ids.get(0))));
        QuizSetupView removed = as(owner, () -> setup.removeSlot(course, quizKey, ids.get(1)));

        assertThat(swapped.slots()).extracting(SlotView::questionId).containsExactly(q2, q1);
        assertThat(removed.slots())
                .extracting(SlotView::questionId, SlotView::position)
                .containsExactly(tuple(q1, 1));
        assertThatThrownBy(() -> as(owner, () -> setup.reorderSlots(course, quizKey, List.of(ids.get(1)))))
                .hasMessage("quizzes.quiz.stale");
    }

    @Test
    void aQuestionOrCategoryOfAnotherCourseIsRefused() throws Exception {
        LearningCourses courses = new LearningCourses(dataSource::getConnection);
        long other = courses.published(owner, courses.title("Khác"), 1, 0).course();
        long foreignCategory = category(other, "Khác");
        long foreignQuestion = question(other, foreignCategory, "Câu của khóa khác");

        assertThat(catchThrowableOfType(
                                () -> as(owner, () -> setup.addQuestion(course, quizKey, foreignQuestion)),
                                InvalidInputException.class)
                        .field())
                .isEqualTo("question");
        assertThat(catchThrowableOfType(
                                () -> as(owner, () -> setup.addRandom(course, quizKey, foreignCategory, 1)),
                                InvalidInputException.class)
                        .field())
                .isEqualTo("category");
        assertThat(count(
                        "select count(*) from quiz_slot s join quiz q on q.id = s.quiz_id where q.course_id = ?",
                        course))
                .isZero();
    }

    @Test
    void strangersFindNoQuizAndALessonThatIsNoQuizIsNotOne() throws Exception {
        String stranger = org.account("stranger", null, null, "TRAINER");
        String member = org.account("member", null, org.memberA, "MEMBER");

        assertThatThrownBy(() -> as(stranger, () -> setup.open(course, quizKey)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(stranger, () -> attempts.summary(course, quizKey)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> Caller.as(member, Set.of("MEMBER"), () -> setup.open(course, quizKey)))
                .isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> as(owner, () -> setup.open(course, textKey))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(owner, () -> setup.open(course, "no-such-key")))
                .isInstanceOf(NotFoundException.class);
        assertThat(count("select count(*) from quiz where course_id = ?", course))
                .isZero();
    }

    @Test
    void theAttemptListShowsEveryAttemptWithItsMemberTeamAndResultAndCountsThem() throws Exception {
        long quiz = as(owner, () -> setup.open(course, quizKey)).quizId();
        attempt(quiz, org.memberA, 1, "SUBMITTED", "60.00", false);
        attempt(quiz, org.memberA, 2, "AUTO_SUBMITTED", "90.00", true);
        attempt(quiz, org.memberB, 1, "IN_PROGRESS", null, null);

        QuizAttemptListSummary summary = as(owner, () -> attempts.summary(course, quizKey));
        List<QuizAttemptListRow> all = rows(new QuizAttemptListFilter(null, null), "number");
        List<QuizAttemptListRow> open = rows(new QuizAttemptListFilter(AttemptStatus.IN_PROGRESS, null), null);
        List<QuizAttemptListRow> an = rows(new QuizAttemptListFilter(null, "nguyen van an"), "percent");

        assertThat(summary.attempts()).isEqualTo(3);
        assertThat(summary.members()).isEqualTo(2);
        assertThat(summary.passedMembers()).isEqualTo(1);
        assertThat(all).hasSize(3);
        assertThat(open)
                .extracting(QuizAttemptListRow::teamName, QuizAttemptListRow::percent, QuizAttemptListRow::passed)
                .containsExactly(tuple(org.teamBName(), null, null));
        assertThat(an)
                .extracting(QuizAttemptListRow::number, QuizAttemptListRow::status, QuizAttemptListRow::passed)
                .containsExactly(
                        tuple(1, AttemptStatus.SUBMITTED, false), tuple(2, AttemptStatus.AUTO_SUBMITTED, true));
        assertThat(an.get(1).percent()).isEqualByComparingTo(new BigDecimal("90"));
        assertThat(an.get(0).memberName()).startsWith("Nguyễn Văn An");
        assertThat(an.get(0).teamName()).isEqualTo(org.teamAName());
        assertThatThrownBy(() -> as(
                        org.account("stranger", null, null, "TRAINER"),
                        () -> attempts.list(
                                course, quizKey, new QuizAttemptListFilter(null, null), PageRequest.first(10))))
                .isInstanceOf(NotFoundException.class);
    }

    private List<QuizAttemptListRow> rows(QuizAttemptListFilter filter, String sort) throws Exception {
        return as(owner, () -> attempts.list(course, quizKey, filter, new PageRequest(0, 50, sort, true)))
                .items();
    }

    private String refusedField(QuizSettingsEdit edit) {
        return catchThrowableOfType(
                        () -> as(owner, () -> setup.update(course, quizKey, edit)), InvalidInputException.class)
                .field();
    }

    private void attempt(long quiz, long member, int number, String status, String percent, Boolean passed)
            throws Exception {
        LocalDateTime started = LocalDateTime.of(2026, 11, 20, 1, 0).plusHours(number);
        insert(
                "insert into quiz_attempt (quiz_id, member_id, number, status, started_at, submitted_at, percent,"
                        + " passed) values (?, ?, ?, ?, ?, ?, ?, ?)",
                quiz,
                member,
                number,
                status,
                Timestamp.valueOf(started),
                percent == null ? null : Timestamp.valueOf(started.plusMinutes(10)),
                percent == null ? null : new BigDecimal(percent),
                passed);
    }

    private long category(long courseId, String name) throws Exception {
        return insert("insert into question_category (course_id, name) values (?, ?)", courseId, name);
    }

    /** A true/false question, active, as the bank leaves it. */
    private long question(long courseId, long category, String title) throws Exception {
        long id = insert(
                "insert into question (course_id, category_id, type, title, text_html, search_key, created_at)"
                        + " values (?, ?, 'TRUE_FALSE', ?, '<p>Đúng hay sai?</p>', 'dung hay sai', now())",
                courseId,
                category,
                title);
        insert(
                "insert into question_choice (question_id, position, text, correct, weight_percent)"
                        + " values (?, 1, 'Đúng', true, 100), (?, 2, 'Sai', false, 0)",
                id,
                id);
        return id;
    }

    private long insert(String sql, Object... values) throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            bind(s, values);
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                return keys.next() ? keys.getLong(1) : 0;
            }
        }
    }

    private void execute(String sql, Object... values) throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, values);
            assertThat(s.executeUpdate()).isPositive();
        }
    }

    private long count(String sql, Object... values) throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, values);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private static void bind(PreparedStatement s, Object... values) throws Exception {
        for (int i = 0; i < values.length; i++) {
            s.setObject(i + 1, values[i]);
        }
    }

    private static <T> T as(String username, Callable<T> call) throws Exception {
        return Caller.as(username, TRAINER, call);
    }
}
