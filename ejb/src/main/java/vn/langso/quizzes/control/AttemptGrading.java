package vn.langso.quizzes.control;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.langso.learning.control.ProgressRecorder;
import vn.langso.quizzes.boundary.QuizAttemptGraded;
import vn.langso.quizzes.entity.AttemptStatus;
import vn.langso.quizzes.entity.QuestionType;
import vn.langso.quizzes.entity.QuizAttempt;

/**
 * Closes and grades an attempt, once: whoever comes second (the learner's submit, a retry of it, the deadline job)
 * finds it graded under the row lock and changes nothing. A pass marks the quiz lesson done, which may complete the
 * course. Locks: the attempt first, then (through the progress recorder) course and enrolment.
 */
@Dependent
public class AttemptGrading {

    @PersistenceContext
    EntityManager em;

    @Inject
    ProgressRecorder progress;

    @Inject
    Event<QuizAttemptGraded> graded;

    /** The attempt after closing, and whether this call graded it (false: it was graded before). */
    public record Closing(QuizAttempt attempt, boolean gradedNow) {}

    public Closing close(long attemptId, AttemptStatus closedAs, LocalDateTime now) {
        // Found without a lock, then read again locked: a lock asked of find on an attempt the caller has loaded
        // already
        // checks its version, and fails when a parallel submission graded it meanwhile, instead of reading what that
        // submission stored.
        QuizAttempt attempt = em.find(QuizAttempt.class, attemptId);
        em.refresh(attempt, LockModeType.PESSIMISTIC_WRITE);
        if (attempt.getStatus().graded()) {
            return new Closing(attempt, false);
        }
        List<Object[]> asked = asked(attemptId);
        Map<Long, QuizGrader.AskedQuestion> questions = rightAnswers(asked);
        List<QuizGrader.AskedQuestion> inOrder = new ArrayList<>();
        List<Set<Long>> answers = new ArrayList<>();
        for (Object[] row : asked) {
            inOrder.add(questions.get(((Number) row[1]).longValue()));
            answers.add(ChoiceList.parseSet((String) row[2]));
        }
        int passPercent = attempt.getQuiz().getPassPercent();
        QuizGrader.Grade grade = QuizGrader.grade(inOrder, answers, passPercent);
        for (int i = 0; i < asked.size(); i++) {
            em.createNativeQuery("update attempt_question set points = ? where attempt_id = ? and position = ?")
                    .setParameter(1, QuizGrader.points(inOrder.get(i), answers.get(i)))
                    .setParameter(2, attemptId)
                    .setParameter(3, asked.get(i)[0])
                    .executeUpdate();
        }
        // Closed by the deadline, it is submitted at the deadline, whenever the job came by.
        LocalDateTime at = closedAs == AttemptStatus.AUTO_SUBMITTED && attempt.getDeadlineAt() != null
                ? attempt.getDeadlineAt()
                : now;
        attempt.grade(closedAs, grade.points(), grade.percent(), grade.passed(), at);
        long courseId = attempt.getQuiz().getCourse().getId();
        String lessonKey = attempt.getQuiz().getLessonKey();
        if (grade.passed() && quizLessonPublished(courseId, lessonKey) && enrolled(courseId, attempt.getMemberId())) {
            progress.markQuizPassed(courseId, attempt.getMemberId(), lessonKey, now);
        }
        graded.fire(new QuizAttemptGraded(
                attempt.getMemberId(),
                courseId,
                attempt.getQuiz().getId(),
                attemptId,
                grade.percent(),
                grade.passed(),
                now));
        return new Closing(attempt, true);
    }

    /** position, question_id, chosen of each question asked, in order. */
    @SuppressWarnings("unchecked")
    private List<Object[]> asked(long attemptId) {
        return em.createNativeQuery("select position, question_id, chosen from attempt_question"
                        + " where attempt_id = ? order by position")
                .setParameter(1, attemptId)
                .getResultList();
    }

    /** The right choices of each question as it is now: a trainer's correction of a key counts at grading. */
    private Map<Long, QuizGrader.AskedQuestion> rightAnswers(List<Object[]> asked) {
        List<Long> ids = asked.stream().map(r -> ((Number) r[1]).longValue()).toList();
        Map<Long, QuestionType> types = new HashMap<>();
        Map<Long, Set<Long>> right = new HashMap<>();
        List<?> rows = em.createNativeQuery("select q.id, q.type, c.id, c.correct from question q"
                        + " left join question_choice c on c.question_id = q.id where q.id in (:ids)")
                .setParameter("ids", ids)
                .getResultList();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            long questionId = ((Number) r[0]).longValue();
            types.put(questionId, QuestionType.valueOf((String) r[1]));
            Set<Long> rightChoices = right.computeIfAbsent(questionId, k -> new HashSet<>());
            if (r[2] != null && Boolean.TRUE.equals(asBoolean(r[3]))) {
                rightChoices.add(((Number) r[2]).longValue());
            }
        }
        Map<Long, QuizGrader.AskedQuestion> questions = new HashMap<>();
        types.forEach((id, type) -> questions.put(id, new QuizGrader.AskedQuestion(id, type, right.get(id))));
        return questions;
    }

    private boolean quizLessonPublished(long courseId, String lessonKey) {
        return !em.createNativeQuery(
                        "select l.id from lesson l join course c on c.published_revision_id = l.revision_id"
                                + " where c.id = ? and l.lesson_key = ? and l.kind = 'QUIZ'")
                .setParameter(1, courseId)
                .setParameter(2, lessonKey)
                .getResultList()
                .isEmpty();
    }

    private boolean enrolled(long courseId, long memberId) {
        return !em.createNativeQuery("select id from enrolment where course_id = ? and member_id = ?")
                .setParameter(1, courseId)
                .setParameter(2, memberId)
                .getResultList()
                .isEmpty();
    }

    private static Boolean asBoolean(Object value) {
        if (value instanceof Boolean b) {
            return b;
        }
        return value instanceof Number n ? n.intValue() != 0 : null;
    }
}
