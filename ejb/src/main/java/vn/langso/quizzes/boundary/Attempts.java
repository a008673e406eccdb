package vn.langso.quizzes.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import vn.langso.accounts.entity.Account;
import vn.langso.courses.control.CourseAccess;
import vn.langso.courses.entity.Course;
import vn.langso.kernel.ConflictException;
import vn.langso.kernel.InvalidInputException;
import vn.langso.kernel.NotFoundException;
import vn.langso.learning.control.LearnerRecords;
import vn.langso.quizzes.control.AttemptGrading;
import vn.langso.quizzes.control.AttemptReader;
import vn.langso.quizzes.control.AttemptStarter;
import vn.langso.quizzes.control.ChoiceList;
import vn.langso.quizzes.entity.AttemptStatus;
import vn.langso.quizzes.entity.Quiz;
import vn.langso.quizzes.entity.QuizAttempt;

/**
 * A member's attempts at the quizzes of the courses they are enrolled in: start (the server fixes questions and
 * deadline), save each answer as it is given, submit, review. Starting and submitting twice change nothing more;
 * an answer after the deadline and its grace is refused. Editors of the course may read every attempt.
 */
@Stateless
public class Attempts {

    /** How late an answer may arrive after the deadline: a phone on a weak signal sends the last one late. */
    public static final Duration GRACE = Duration.ofSeconds(30);

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    CourseAccess access;

    @Inject
    LearnerRecords learners;

    @Inject
    AttemptStarter starter;

    @Inject
    AttemptGrading grading;

    @Inject
    AttemptReader reader;

    @Inject
    Clock clock;

    /** The quiz of a lesson as the caller meets it; null when the trainer has not set the quiz up yet. */
    @RolesAllowed("MEMBER")
    public QuizIntro intro(long courseId, String lessonKey) {
        long memberId = memberId();
        Course course = access.visible(username(), courseId);
        List<Quiz> found = em.createQuery(
                        "select q from Quiz q where q.course = :course and q.lessonKey = :key", Quiz.class)
                .setParameter("course", course)
                .setParameter("key", lessonKey)
                .getResultList();
        if (found.isEmpty()) {
            return null;
        }
        Quiz quiz = found.get(0);
        List<AttemptRow> attempts = em.createQuery(
                        "select new vn.langso.quizzes.boundary.AttemptRow(a.id, a.number, a.status, a.startedAt,"
                                + " a.submittedAt, a.percent, a.passed) from QuizAttempt a"
                                + " where a.quiz = :quiz and a.memberId = :member order by a.number desc",
                        AttemptRow.class)
                .setParameter("quiz", quiz)
                .setParameter("member", memberId)
                .getResultList();
        Long open = attempts.stream()
                .filter(a -> a.status() == AttemptStatus.IN_PROGRESS)
                .map(AttemptRow::attemptId)
                .findFirst()
                .orElse(null);
        BigDecimal best = attempts.stream()
                .map(AttemptRow::percent)
                .filter(Objects::nonNull)
                .max(BigDecimal::compareTo)
                .orElse(null);
        boolean passed = attempts.stream().anyMatch(a -> Boolean.TRUE.equals(a.passed()));
        int questions = starter.questionsPerAttempt(quiz);
        String cannotStart = open != null ? null : reasonNotToStart(quiz, memberId, attempts.size(), questions, now());
        return new QuizIntro(
                quiz.getId(),
                quiz.getTimeLimitMinutes(),
                quiz.getOpensAt(),
                quiz.getClosesAt(),
                quiz.getMaxAttempts(),
                quiz.getPassPercent(),
                questions,
                quiz.getReviewMode(),
                passed,
                best,
                open,
                cannotStart,
                attempts);
    }

    /**
     * Starts an attempt, or gives back the caller's attempt still open (a start sent twice, or from a second tab).
     * An open attempt whose time is up is graded first and a new one started.
     */
    @RolesAllowed("MEMBER")
    public AttemptStart start(long quizId) {
        LocalDateTime now = now();
        long memberId = memberId();
        Quiz quiz = publishedQuiz(quizId);
        List<QuizAttempt> open = em.createQuery(
                        "select a from QuizAttempt a where a.quiz = :quiz and a.memberId = :member"
                                + " and a.status = :open",
                        QuizAttempt.class)
                .setParameter("quiz", quiz)
                .setParameter("member", memberId)
                .setParameter("open", AttemptStatus.IN_PROGRESS)
                .getResultList();
        if (!open.isEmpty()) {
            QuizAttempt attempt = open.get(0);
            if (attempt.acceptsAnswersAt(now, GRACE)) {
                return new AttemptStart(reader.forLearner(attempt), false);
            }
            grading.close(attempt.getId(), AttemptStatus.AUTO_SUBMITTED, now);
        }
        int used = attemptCount(quiz, memberId);
        String reason = reasonNotToStart(quiz, memberId, used, -1, now);
        if (reason != null) {
            throw new ConflictException(reason);
        }
        AttemptStarter.Started started = starter.start(quiz, memberId, used + 1, now);
        // A locking read: an attempt a parallel start committed is newer than this transaction's snapshot.
        QuizAttempt attempt = em.find(QuizAttempt.class, started.attemptId(), LockModeType.PESSIMISTIC_READ);
        return new AttemptStart(reader.forLearner(attempt), started.created());
    }

    /**
     * Saves the caller's answer to one question: the chosen choices replace those saved before (none: unanswered).
     * Sent twice, the same answer stays. Refused (409) once the attempt is submitted or its deadline and grace are
     * past. The attempt's row is read with a shared lock first, in the order grading locks, so that an answer and the
     * grading never wait for each other in a circle.
     */
    @RolesAllowed("MEMBER")
    public void answer(long attemptId, long questionId, Set<Long> choiceIds) {
        LocalDateTime now = now();
        long memberId = memberId();
        List<?> attempt = em.createNativeQuery("select status, deadline_at from quiz_attempt"
                        + " where id = ? and member_id = ? lock in share mode")
                .setParameter(1, attemptId)
                .setParameter(2, memberId)
                .getResultList();
        if (attempt.isEmpty()) {
            throw new NotFoundException();
        }
        Object[] state = (Object[]) attempt.get(0);
        LocalDateTime deadline = state[1] == null ? null : ((Timestamp) state[1]).toLocalDateTime();
        if (!"IN_PROGRESS".equals(state[0]) || (deadline != null && now.isAfter(deadline.plus(GRACE)))) {
            throw new ConflictException("attempts.closed");
        }
        List<?> asked = em.createNativeQuery("select aq.choice_order, q.type from attempt_question aq"
                        + " join question q on q.id = aq.question_id where aq.attempt_id = ? and aq.question_id = ?")
                .setParameter(1, attemptId)
                .setParameter(2, questionId)
                .getResultList();
        if (asked.isEmpty()) {
            throw new NotFoundException();
        }
        Object[] question = (Object[]) asked.get(0);
        if (!ChoiceList.parse((String) question[0]).containsAll(choiceIds)) {
            throw new InvalidInputException("choiceIds", "attempts.choiceNotInQuestion");
        }
        if (choiceIds.size() > 1 && !"MULTIPLE_CHOICE".equals(question[1])) {
            throw new InvalidInputException("choiceIds", "attempts.oneChoiceOnly");
        }
        em.createNativeQuery("update attempt_question set chosen = ?, answered_at = ?"
                        + " where attempt_id = ? and question_id = ?")
                .setParameter(1, choiceIds.isEmpty() ? null : ChoiceList.format(choiceIds))
                .setParameter(2, Timestamp.valueOf(now))
                .setParameter(3, attemptId)
                .setParameter(4, questionId)
                .executeUpdate();
    }

    /**
     * Submits and grades the caller's attempt with the answers saved; submitted again, answers the same result.
     * Submitted after its time is up, it counts as closed by the deadline.
     */
    @RolesAllowed("MEMBER")
    public AttemptView submit(long attemptId) {
        LocalDateTime now = now();
        QuizAttempt attempt = ownAttempt(attemptId);
        AttemptStatus closedAs =
                attempt.acceptsAnswersAt(now, GRACE) ? AttemptStatus.SUBMITTED : AttemptStatus.AUTO_SUBMITTED;
        attempt = grading.close(attemptId, closedAs, now).attempt();
        return reader.forLearner(attempt);
    }

    /**
     * The attempt for its learner (graded as the quiz's review mode shows it) or for an editor of the course
     * (everything). A learner who opens an attempt whose time is up finds it graded.
     */
    @RolesAllowed({"MEMBER", "TRAINER", "ADMIN"})
    public AttemptView view(long attemptId) {
        Account caller = access.caller(username());
        QuizAttempt attempt = em.find(QuizAttempt.class, attemptId);
        if (attempt == null) {
            throw new NotFoundException();
        }
        Course course = attempt.getQuiz().getCourse();
        boolean own = caller.getMember() != null && caller.getMember().getId() == attempt.getMemberId();
        if (!own) {
            if (!access.mayEdit(caller, course)) {
                throw new NotFoundException();
            }
            return reader.forEditor(attempt);
        }
        LocalDateTime now = now();
        if (attempt.getStatus() == AttemptStatus.IN_PROGRESS && !attempt.acceptsAnswersAt(now, GRACE)) {
            attempt =
                    grading.close(attemptId, AttemptStatus.AUTO_SUBMITTED, now).attempt();
        }
        return reader.forLearner(attempt);
    }

    private String reasonNotToStart(Quiz quiz, long memberId, int used, int questions, LocalDateTime now) {
        if (learners.enrolmentId(quiz.getCourse().getId(), memberId) == null) {
            return "learning.notEnrolled";
        }
        if (quiz.getOpensAt() != null && now.isBefore(quiz.getOpensAt())) {
            return "attempts.notYetOpen";
        }
        if (!quiz.isOpenAt(now)) {
            return "attempts.windowClosed";
        }
        if (quiz.getMaxAttempts() != null && used >= quiz.getMaxAttempts()) {
            return "attempts.noneLeft";
        }
        return questions == 0 ? "attempts.noQuestions" : null;
    }

    private int attemptCount(Quiz quiz, long memberId) {
        return em.createQuery(
                        "select count(a) from QuizAttempt a where a.quiz = :quiz and a.memberId = :member", Long.class)
                .setParameter("quiz", quiz)
                .setParameter("member", memberId)
                .getSingleResult()
                .intValue();
    }

    /** A quiz the caller may see, whose lesson is in its course's published revision. */
    private Quiz publishedQuiz(long quizId) {
        Quiz quiz = em.find(Quiz.class, quizId);
        if (quiz == null) {
            throw new NotFoundException();
        }
        Course course = access.visible(username(), quiz.getCourse().getId());
        boolean published = course.getPublishedRevision() != null
                && !em.createQuery(
                                "select l.id from Lesson l where l.revision = :revision and l.lessonKey = :key"
                                        + " and l.kind = vn.langso.courses.entity.LessonKind.QUIZ",
                                Long.class)
                        .setParameter("revision", course.getPublishedRevision())
                        .setParameter("key", quiz.getLessonKey())
                        .getResultList()
                        .isEmpty();
        if (!published) {
            throw new NotFoundException();
        }
        return quiz;
    }

    private QuizAttempt ownAttempt(long attemptId) {
        QuizAttempt attempt = em.find(QuizAttempt.class, attemptId);
        if (attempt == null || attempt.getMemberId() != memberId()) {
            throw new NotFoundException();
        }
        return attempt;
    }

    private long memberId() {
        return learners.member(access.caller(username())).getId();
    }

    /** To the microsecond the database keeps. */
    private LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
    }

    private String username() {
        return session.getCallerPrincipal().getName();
    }
}
