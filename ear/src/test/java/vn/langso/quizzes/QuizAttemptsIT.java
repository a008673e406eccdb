package vn.langso.quizzes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
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
import vn.langso.kernel.ConflictException;
import vn.langso.kernel.InvalidInputException;
import vn.langso.kernel.NotFoundException;
import vn.langso.learning.LearningCourses;
import vn.langso.learning.boundary.EnrolmentView;
import vn.langso.learning.boundary.Learning;
import vn.langso.quizzes.boundary.AskedQuestionView;
import vn.langso.quizzes.boundary.AttemptDeadlineJob;
import vn.langso.quizzes.boundary.AttemptStart;
import vn.langso.quizzes.boundary.AttemptView;
import vn.langso.quizzes.boundary.Attempts;
import vn.langso.quizzes.entity.AttemptStatus;

/** Runs inside the server: attempts through the boundary as real callers, the deadline job, completion by passing. */
@ExtendWith(ArquillianExtension.class)
class QuizAttemptsIT {

    static final Set<String> MEMBER = Set.of("MEMBER");
    static final Set<String> TRAINER = Set.of("TRAINER");

    @Inject
    Attempts attempts;

    @Inject
    Learning learning;

    @Inject
    AttemptDeadlineJob deadlineJob;

    @Resource(lookup = "java:jboss/datasources/LangSoDS")
    DataSource dataSource;

    OrgFixture org;
    LearningCourses courses;
    QuizCourses quizzes;
    String trainer;
    String learner;
    String otherLearner;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.langSo(
                QuizAttemptsIT.class,
                QuizCourses.class,
                QuizCourses.Built.class,
                QuizCourses.Question.class,
                LearningCourses.class,
                LearningCourses.Built.class,
                OrgFixture.class,
                OrgFixture.Connections.class,
                AccountRows.class);
    }

    @BeforeEach
    void ownCourses() throws Exception {
        org = OrgFixture.create(dataSource::getConnection);
        courses = new LearningCourses(dataSource::getConnection);
        quizzes = new QuizCourses(dataSource::getConnection, courses);
        trainer = org.account("trainer", null, null, "TRAINER");
        learner = org.account("learner", null, org.memberA, "MEMBER");
        otherLearner = org.account("other", null, org.memberB, "MEMBER");
    }

    @Test
    void passingTheQuizMarksItsLessonDoneAndCompletesTheCourse() throws Exception {
        QuizCourses.Built quiz = quizzes.published(trainer, courses.title("Hoàn thành"), 1);
        QuizCourses.Question single = quizzes.single(quiz, true);
        QuizCourses.Question multiple = quizzes.multiple(quiz, true, true, true, false, false);
        QuizCourses.Question trueFalse = quizzes.trueFalse(quiz, true, true);
        as(learner, () -> learning.enrol(quiz.course().course()));
        as(
                learner,
                () -> learning.markDone(
                        quiz.course().course(), quiz.course().keys().get(0)));

        long attempt = start(learner, quiz).attempt().attemptId();
        answer(learner, attempt, single.id(), single.right().get(0));
        // One of two right answers and no wrong one: half the point.
        answer(learner, attempt, multiple.id(), multiple.right().get(0));
        answer(learner, attempt, trueFalse.id(), trueFalse.right().get(0));
        AttemptView graded = as(learner, () -> attempts.submit(attempt));
        EnrolmentView enrolment =
                as(learner, () -> learning.enrolment(quiz.course().course()));

        assertThat(graded.status()).isEqualTo(AttemptStatus.SUBMITTED);
        assertThat(graded.percent()).isEqualByComparingTo("83.33");
        assertThat(graded.passed()).isTrue();
        assertThat(graded.questions())
                .extracting(AskedQuestionView::points)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(BigDecimal.ONE, new BigDecimal("0.5"), BigDecimal.ONE);
        assertThat(enrolment.lessonsDone()).isEqualTo(2);
        assertThat(enrolment.completed()).isTrue();
    }

    @Test
    void aFailedAttemptLeavesTheQuizLessonNotDone() throws Exception {
        QuizCourses.Built quiz = quizzes.published(trainer, courses.title("Chưa đạt"), 0);
        QuizCourses.Question single = quizzes.single(quiz, true);
        QuizCourses.Question multiple = quizzes.multiple(quiz, true, true, false, false, false);
        as(learner, () -> learning.enrol(quiz.course().course()));

        long attempt = start(learner, quiz).attempt().attemptId();
        answer(learner, attempt, single.id(), single.right().get(0));
        // The right answer and a wrong one: as many taken away as given, nothing earned.
        answer(
                learner,
                attempt,
                multiple.id(),
                multiple.right().get(0),
                multiple.wrong().get(0));
        AttemptView graded = as(learner, () -> attempts.submit(attempt));

        assertThat(graded.percent()).isEqualByComparingTo("50.00");
        assertThat(graded.passed()).isFalse();
        assertThat(as(learner, () -> learning.enrolment(quiz.course().course())).lessonsDone())
                .isZero();
    }

    @Test
    void aQuizLessonCannotBeMarkedDoneByHand() throws Exception {
        QuizCourses.Built quiz = quizzes.published(trainer, courses.title("Bằng tay"), 0);
        as(learner, () -> learning.enrol(quiz.course().course()));

        assertThatThrownBy(
                        () -> as(learner, () -> learning.markDone(quiz.course().course(), quiz.quizKey())))
                .isInstanceOf(ConflictException.class)
                .hasFieldOrPropertyWithValue("messageKey", "learning.quizDoneByPassing");
    }

    @Test
    void startingTwiceGivesBackTheOpenAttempt() throws Exception {
        QuizCourses.Built quiz = quizzes.published(trainer, courses.title("Hai lần"), 0);
        quizzes.single(quiz, true);
        as(learner, () -> learning.enrol(quiz.course().course()));

        AttemptStart first = start(learner, quiz);
        AttemptStart second = start(learner, quiz);

        assertThat(first.created()).isTrue();
        assertThat(second.created()).isFalse();
        assertThat(second.attempt().attemptId()).isEqualTo(first.attempt().attemptId());
        assertThat(quizzes.count("select count(*) from quiz_attempt where quiz_id = ?", quiz.quiz()))
                .isEqualTo(1);
        assertThat(first.attempt().questions().get(0).choices())
                .as("no right answer is shown while the attempt is open")
                .allSatisfy(choice -> assertThat(choice.correct()).isNull());
    }

    @Test
    void anAnswerIsRefusedAfterTheDeadlineAndItsGraceButNotWithinTheGrace() throws Exception {
        QuizCourses.Built quiz = quizzes.published(trainer, courses.title("Hết giờ"), 0);
        QuizCourses.Question question = quizzes.single(quiz, true);
        quizzes.settings(quiz, "time_limit_minutes = 10");
        as(learner, () -> learning.enrol(quiz.course().course()));
        AttemptView attempt = start(learner, quiz).attempt();
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        assertThat(attempt.deadlineAt()).isBetween(now.plusMinutes(9), now.plusMinutes(11));

        quizzes.deadline(attempt.attemptId(), now.minusSeconds(10));
        answer(learner, attempt.attemptId(), question.id(), question.wrong().get(0));
        quizzes.deadline(attempt.attemptId(), now.minusSeconds(45));

        assertThatThrownBy(() -> answer(
                        learner,
                        attempt.attemptId(),
                        question.id(),
                        question.right().get(0)))
                .isInstanceOf(ConflictException.class)
                .hasFieldOrPropertyWithValue("messageKey", "attempts.closed");
        assertThat(quizzes.text("select chosen from attempt_question where attempt_id = ?", attempt.attemptId()))
                .as("the answer given within the grace is the one kept")
                .isEqualTo(String.valueOf(question.wrong().get(0)));
    }

    @Test
    void theDeadlineJobSubmitsAnOverdueAttemptWithItsSavedAnswers() throws Exception {
        QuizCourses.Built quiz = quizzes.published(trainer, courses.title("Tự nộp"), 0);
        QuizCourses.Question first = quizzes.single(quiz, true);
        quizzes.single(quiz, true);
        quizzes.settings(quiz, "time_limit_minutes = 5, pass_percent = 50");
        as(learner, () -> learning.enrol(quiz.course().course()));
        long attempt = start(learner, quiz).attempt().attemptId();
        answer(learner, attempt, first.id(), first.right().get(0));
        LocalDateTime deadline =
                LocalDateTime.now(ZoneOffset.UTC).minusMinutes(2).withNano(0);
        quizzes.deadline(attempt, deadline);

        deadlineJob.run();
        deadlineJob.run();

        AttemptView closed = as(trainer, () -> attempts.view(attempt));
        assertThat(closed.status()).isEqualTo(AttemptStatus.AUTO_SUBMITTED);
        assertThat(closed.percent()).isEqualByComparingTo("50.00");
        assertThat(closed.passed()).isTrue();
        assertThat(closed.submittedAt()).as("submitted at its deadline").isEqualTo(deadline);
        assertThat(as(learner, () -> learning.enrolment(quiz.course().course())).completed())
                .isTrue();
    }

    @Test
    void noAttemptStartsBeyondTheQuizLimit() throws Exception {
        QuizCourses.Built quiz = quizzes.published(trainer, courses.title("Giới hạn"), 0);
        quizzes.single(quiz, true);
        quizzes.settings(quiz, "max_attempts = 1");
        as(learner, () -> learning.enrol(quiz.course().course()));
        long attempt = start(learner, quiz).attempt().attemptId();
        as(learner, () -> attempts.submit(attempt));

        assertThatThrownBy(() -> start(learner, quiz))
                .isInstanceOf(ConflictException.class)
                .hasFieldOrPropertyWithValue("messageKey", "attempts.noneLeft");
        assertThat(as(learner, () -> attempts.intro(quiz.course().course(), quiz.quizKey()))
                        .cannotStartKey())
                .isEqualTo("attempts.noneLeft");
    }

    @Test
    void aQuizOutsideItsWindowDoesNotStart() throws Exception {
        QuizCourses.Built quiz = quizzes.published(trainer, courses.title("Cửa sổ"), 0);
        quizzes.single(quiz, true);
        quizzes.settings(quiz, "opens_at = utc_timestamp() + interval 1 day");
        as(learner, () -> learning.enrol(quiz.course().course()));

        assertThatThrownBy(() -> start(learner, quiz))
                .isInstanceOf(ConflictException.class)
                .hasFieldOrPropertyWithValue("messageKey", "attempts.notYetOpen");
    }

    @Test
    void aRandomSlotDrawsDistinctActiveQuestionsOfItsCategory() throws Exception {
        QuizCourses.Built quiz = quizzes.published(trainer, courses.title("Ngẫu nhiên"), 0);
        Set<Long> pool = new HashSet<>();
        for (int i = 0; i < 5; i++) {
            pool.add(quizzes.single(quiz, false).id());
        }
        quizzes.randomSlot(quiz, quiz.category(), 3);
        as(learner, () -> learning.enrol(quiz.course().course()));
        as(otherLearner, () -> learning.enrol(quiz.course().course()));

        List<Long> drawn = start(learner, quiz).attempt().questions().stream()
                .map(AskedQuestionView::questionId)
                .toList();
        quizzes.randomSlot(quiz, quiz.category(), 3);

        assertThat(drawn).hasSize(3).doesNotHaveDuplicates().allSatisfy(id -> assertThat(pool)
                .contains(id));
        assertThatThrownBy(() -> start(otherLearner, quiz))
                .as("two slots of 3 from a category of 5")
                .isInstanceOf(ConflictException.class)
                .hasFieldOrPropertyWithValue("messageKey", "attempts.notEnoughQuestions");
    }

    @Test
    void theReviewShowsWhatTheQuizAllowsAndTheTrainerSeesEverything() throws Exception {
        QuizCourses.Built quiz = quizzes.published(trainer, courses.title("Xem lại"), 0);
        QuizCourses.Question question = quizzes.single(quiz, true);
        as(learner, () -> learning.enrol(quiz.course().course()));
        long attempt = start(learner, quiz).attempt().attemptId();
        answer(learner, attempt, question.id(), question.wrong().get(0));
        as(learner, () -> attempts.submit(attempt));

        quizzes.settings(quiz, "review_mode = 'SCORE_ONLY'");
        AttemptView scoreOnly = as(learner, () -> attempts.view(attempt));
        quizzes.settings(quiz, "review_mode = 'CORRECT_ANSWERS'");
        AttemptView answers = as(learner, () -> attempts.view(attempt));
        AttemptView forTrainer = as(trainer, () -> attempts.view(attempt));

        assertThat(scoreOnly.percent()).isEqualByComparingTo("0");
        assertThat(scoreOnly.questions()).isEmpty();
        assertThat(answers.questions().get(0).choices())
                .allSatisfy(choice -> assertThat(choice.correct()).isNotNull())
                .allSatisfy(choice -> assertThat(choice.feedbackHtml()).isNull());
        assertThat(answers.questions().get(0).explanationHtml()).isNull();
        assertThat(forTrainer.ownAttempt()).isFalse();
        assertThat(forTrainer.memberName()).startsWith("Nguyễn Văn An");
        assertThat(forTrainer.questions().get(0).explanationHtml()).contains("Giải thích");
        assertThatThrownBy(() -> as(otherLearner, () -> attempts.view(attempt))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void submittingTwiceGradesOnceAndAnswersAfterSubmittingAreRefused() throws Exception {
        QuizCourses.Built quiz = quizzes.published(trainer, courses.title("Nộp hai lần"), 0);
        QuizCourses.Question question = quizzes.single(quiz, true);
        as(learner, () -> learning.enrol(quiz.course().course()));
        long attempt = start(learner, quiz).attempt().attemptId();
        answer(learner, attempt, question.id(), question.right().get(0));

        AttemptView first = as(learner, () -> attempts.submit(attempt));
        AttemptView second = as(learner, () -> attempts.submit(attempt));

        assertThat(second.submittedAt()).isEqualTo(first.submittedAt());
        assertThat(second.percent()).isEqualByComparingTo("100");
        assertThatThrownBy(() ->
                        answer(learner, attempt, question.id(), question.wrong().get(0)))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void aChoiceOfAnotherQuestionOrTwoChoicesForASingleChoiceAreRefused() throws Exception {
        QuizCourses.Built quiz = quizzes.published(trainer, courses.title("Lựa chọn lạ"), 0);
        QuizCourses.Question first = quizzes.single(quiz, true);
        QuizCourses.Question second = quizzes.single(quiz, true);
        as(learner, () -> learning.enrol(quiz.course().course()));
        long attempt = start(learner, quiz).attempt().attemptId();

        assertThatThrownBy(() ->
                        answer(learner, attempt, first.id(), second.right().get(0)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> answer(
                        learner,
                        attempt,
                        first.id(),
                        first.right().get(0),
                        first.wrong().get(0)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() ->
                        answer(otherLearner, attempt, first.id(), first.right().get(0)))
                .as("someone else's attempt")
                .isInstanceOf(NotFoundException.class);
    }

    private AttemptStart start(String username, QuizCourses.Built quiz) throws Exception {
        return as(username, () -> attempts.start(quiz.quiz()));
    }

    private void answer(String username, long attempt, long question, Long... choices) throws Exception {
        as(username, () -> {
            attempts.answer(attempt, question, Set.of(choices));
            return null;
        });
    }

    private <T> T as(String username, Callable<T> call) throws Exception {
        return Caller.as(username, username.equals(trainer) ? TRAINER : MEMBER, call);
    }
}
