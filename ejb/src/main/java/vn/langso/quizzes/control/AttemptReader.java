package vn.langso.quizzes.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.langso.courses.entity.Course;
import vn.langso.quizzes.boundary.AskedQuestionView;
import vn.langso.quizzes.boundary.AttemptView;
import vn.langso.quizzes.entity.Question;
import vn.langso.quizzes.entity.QuestionChoice;
import vn.langso.quizzes.entity.Quiz;
import vn.langso.quizzes.entity.QuizAttempt;
import vn.langso.quizzes.entity.ReviewMode;

/** Reads an attempt for its learner (as the quiz's review mode allows) or for a trainer (everything). */
@Dependent
public class AttemptReader {

    @PersistenceContext
    EntityManager em;

    /** The attempt for the learner who took it: once graded, as much as the quiz's review mode shows. */
    public AttemptView forLearner(QuizAttempt attempt) {
        return view(attempt, attempt.getQuiz().getReviewMode(), true);
    }

    /** Everything, for an editor of the course. */
    public AttemptView forEditor(QuizAttempt attempt) {
        return view(attempt, ReviewMode.FEEDBACK, false);
    }

    private AttemptView view(QuizAttempt attempt, ReviewMode shown, boolean ownAttempt) {
        Quiz quiz = attempt.getQuiz();
        Course course = quiz.getCourse();
        boolean graded = attempt.getStatus().graded();
        List<AskedQuestionView> questions =
                graded && shown == ReviewMode.SCORE_ONLY ? List.of() : questions(attempt.getId(), graded, shown);
        return new AttemptView(
                attempt.getId(),
                quiz.getId(),
                course.getId(),
                quiz.getLessonKey(),
                courseTitle(course),
                quizTitle(course, quiz.getLessonKey()),
                memberName(attempt.getMemberId()),
                attempt.getNumber(),
                attempt.getStatus(),
                attempt.getStartedAt(),
                attempt.getDeadlineAt(),
                attempt.getSubmittedAt(),
                attempt.getPercent(),
                attempt.getPassed(),
                quiz.getPassPercent(),
                shown,
                ownAttempt,
                questions);
    }

    /** The quiz lesson's title in the published revision, or in the draft while the course has none published. */
    public String quizTitle(Course course, String lessonKey) {
        var revision =
                course.getPublishedRevision() != null ? course.getPublishedRevision() : course.getDraftRevision();
        List<String> found = em.createQuery(
                        "select l.title from Lesson l where l.revision = :revision and l.lessonKey = :key",
                        String.class)
                .setParameter("revision", revision)
                .setParameter("key", lessonKey)
                .getResultList();
        return found.isEmpty() ? "" : found.get(0);
    }

    private String courseTitle(Course course) {
        var revision =
                course.getPublishedRevision() != null ? course.getPublishedRevision() : course.getDraftRevision();
        return revision == null ? "" : revision.getTitle();
    }

    private String memberName(long memberId) {
        return em.createQuery("select m.fullName from Member m where m.id = :id", String.class)
                .setParameter("id", memberId)
                .getSingleResult();
    }

    private List<AskedQuestionView> questions(long attemptId, boolean graded, ReviewMode shown) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select position, question_id, choice_order, chosen, points"
                        + " from attempt_question where attempt_id = ? order by position")
                .setParameter(1, attemptId)
                .getResultList();
        List<Long> ids = rows.stream().map(r -> ((Number) r[1]).longValue()).toList();
        Map<Long, Question> byId = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery(
                            "select distinct q from Question q left join fetch q.choices left join fetch q.imageFile"
                                    + " where q.id in :ids",
                            Question.class)
                    .setParameter("ids", ids)
                    .getResultList()
                    .forEach(q -> byId.put(q.getId(), q));
        }
        boolean answers = graded && shown.shows(ReviewMode.CORRECT_ANSWERS);
        boolean feedback = graded && shown.shows(ReviewMode.FEEDBACK);
        List<AskedQuestionView> questions = new ArrayList<>();
        for (Object[] row : rows) {
            Question question = byId.get(((Number) row[1]).longValue());
            Map<Long, QuestionChoice> choices = new HashMap<>();
            question.getChoices().forEach(c -> choices.put(c.getId(), c));
            List<AskedQuestionView.ChoiceView> ordered = new ArrayList<>();
            for (Long choiceId : ChoiceList.parse((String) row[2])) {
                QuestionChoice choice = choices.get(choiceId);
                if (choice != null) {
                    ordered.add(new AskedQuestionView.ChoiceView(
                            choice.getId(),
                            choice.getText(),
                            answers ? choice.isCorrect() : null,
                            feedback ? choice.getFeedbackHtml() : null));
                }
            }
            questions.add(new AskedQuestionView(
                    ((Number) row[0]).intValue(),
                    question.getId(),
                    question.getType(),
                    question.getTextHtml(),
                    question.getImageFile() == null
                            ? null
                            : question.getImageFile().getFileKey(),
                    ordered,
                    ChoiceList.parseSet((String) row[3]),
                    answers ? (BigDecimal) row[4] : null,
                    feedback ? question.getExplanationHtml() : null));
        }
        return questions;
    }
}
