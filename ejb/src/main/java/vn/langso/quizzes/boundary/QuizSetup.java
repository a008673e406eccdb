package vn.langso.quizzes.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import vn.langso.kernel.ConflictException;
import vn.langso.kernel.InvalidInputException;
import vn.langso.quizzes.entity.Question;
import vn.langso.quizzes.entity.QuestionCategory;
import vn.langso.quizzes.entity.Quiz;

/**
 * A quiz lesson's settings and slots, for the course's editors only (anyone else finds no such quiz). The quiz is
 * found by course and lesson key and is not revisioned: changes apply at once, also to a published course. Questions
 * and categories are taken only from the quiz's own course, and a random slot only when its category can give it.
 */
@Stateless
@RolesAllowed({"ADMIN", "TRAINER"})
public class QuizSetup {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    QuizSetupLookup lookup;

    @Inject
    QuizSetupViews views;

    /** The quiz of a QUIZ lesson, its row made with the defaults on the first open. */
    public QuizSetupView open(long courseId, String lessonKey) {
        QuizSetupLookup.QuizLesson lesson = lesson(courseId, lessonKey);
        return views.of(lesson, lookup.quizMadeIfNew(lesson));
    }

    public QuizSetupView update(long courseId, String lessonKey, QuizSettingsEdit edit) {
        QuizSetupLookup.QuizLesson lesson = lesson(courseId, lessonKey);
        QuizSetupRules.check(edit);
        Quiz quiz = lookup.quizMadeIfNew(lesson);
        quiz.configure(
                edit.timeLimitMinutes(),
                edit.opensAt(),
                edit.closesAt(),
                edit.maxAttempts(),
                edit.passPercent(),
                edit.shuffleQuestions(),
                edit.shuffleChoices(),
                edit.reviewMode());
        return saved(lesson, quiz);
    }

    /** One active question of the course's bank, once per quiz. */
    public QuizSetupView addQuestion(long courseId, String lessonKey, long questionId) {
        QuizSetupLookup.QuizLesson lesson = lesson(courseId, lessonKey);
        Quiz quiz = lookup.quizMadeIfNew(lesson);
        Question question = em.find(Question.class, questionId);
        if (question == null || !question.getCourse().getId().equals(courseId) || !question.isActive()) {
            throw new InvalidInputException("question", "quizzes.quiz.questionUnknown");
        }
        if (QuizSetupViews.fixedQuestions(quiz).contains(questionId)) {
            throw new InvalidInputException("question", "quizzes.quiz.questionTwice");
        }
        quiz.addSlot(questionId, null, 1);
        if (!views.shortCategories(quiz).isEmpty()) {
            throw new InvalidInputException("question", "quizzes.quiz.questionEmptiesCategory");
        }
        return saved(lesson, quiz);
    }

    /** {@code count} questions at random from a category of the course that holds enough the quiz does not fix. */
    public QuizSetupView addRandom(long courseId, String lessonKey, long categoryId, Integer count) {
        QuizSetupLookup.QuizLesson lesson = lesson(courseId, lessonKey);
        int drawn = QuizSetupRules.drawCount(count);
        Quiz quiz = lookup.quizMadeIfNew(lesson);
        QuestionCategory category = em.find(QuestionCategory.class, categoryId);
        if (category == null || !category.getCourse().getId().equals(courseId)) {
            throw new InvalidInputException("category", "quizzes.quiz.categoryUnknown");
        }
        int alreadyDrawn = QuizSetupViews.drawnByCategory(quiz).getOrDefault(categoryId, 0);
        int available =
                QuizSetupRules.available(views.activeQuestions(categoryId), QuizSetupViews.fixedQuestions(quiz));
        if (available < alreadyDrawn + drawn) {
            throw new InvalidInputException(
                    "drawCount", "quizzes.quiz.categoryTooSmall", available - alreadyDrawn, category.getName());
        }
        quiz.addSlot(null, categoryId, drawn);
        return saved(lesson, quiz);
    }

    public QuizSetupView removeSlot(long courseId, String lessonKey, long slotId) {
        QuizSetupLookup.QuizLesson lesson = lesson(courseId, lessonKey);
        Quiz quiz = lookup.quizMadeIfNew(lesson);
        quiz.removeSlot(slotId);
        return saved(lesson, quiz);
    }

    /** The slots in this order; a list that does not name each slot once (an older page) is refused. */
    public QuizSetupView reorderSlots(long courseId, String lessonKey, List<Long> slotIds) {
        QuizSetupLookup.QuizLesson lesson = lesson(courseId, lessonKey);
        Quiz quiz = lookup.quizMadeIfNew(lesson);
        if (!quiz.reorderSlots(slotIds)) {
            throw new ConflictException("quizzes.quiz.stale");
        }
        return saved(lesson, quiz);
    }

    private QuizSetupView saved(QuizSetupLookup.QuizLesson lesson, Quiz quiz) {
        em.flush();
        return views.of(lesson, quiz);
    }

    private QuizSetupLookup.QuizLesson lesson(long courseId, String lessonKey) {
        return lookup.lesson(session.getCallerPrincipal().getName(), courseId, lessonKey);
    }
}
