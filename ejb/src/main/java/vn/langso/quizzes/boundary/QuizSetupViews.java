package vn.langso.quizzes.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.langso.quizzes.entity.Question;
import vn.langso.quizzes.entity.QuestionCategory;
import vn.langso.quizzes.entity.Quiz;
import vn.langso.quizzes.entity.QuizSlot;

/** Reads what a quiz's slots name (questions, categories and what those still hold) into its setup view. */
@Dependent
public class QuizSetupViews {

    @PersistenceContext
    EntityManager em;

    public QuizSetupView of(QuizSetupLookup.QuizLesson lesson, Quiz quiz) {
        Map<Long, Question> questions = questions(quiz);
        Map<Long, QuestionCategory> categories = categories(quiz);
        Set<Long> shortCategories = QuizSetupRules.shortCategories(
                drawnByCategory(quiz), activeByCategory(categories.keySet()), fixedQuestions(quiz));
        List<SlotView> slots = quiz.getSlots().stream()
                .map(s -> s.isFixed()
                        ? fixed(s, questions.get(s.getQuestionId()))
                        : random(s, categories.get(s.getCategoryId()), shortCategories))
                .toList();
        return new QuizSetupView(
                quiz.getId(),
                lesson.course().getId(),
                lesson.courseTitle(),
                lesson.lesson().getLessonKey(),
                lesson.lesson().getTitle(),
                new QuizSettingsEdit(
                        quiz.getTimeLimitMinutes(),
                        quiz.getOpensAt(),
                        quiz.getClosesAt(),
                        quiz.getMaxAttempts(),
                        quiz.getPassPercent(),
                        quiz.isShuffleQuestions(),
                        quiz.isShuffleChoices(),
                        quiz.getReviewMode()),
                slots);
    }

    /** The categories some random slot names, and whether they can still give what the quiz draws from them. */
    Set<Long> shortCategories(Quiz quiz) {
        return QuizSetupRules.shortCategories(
                drawnByCategory(quiz), activeByCategory(drawnByCategory(quiz).keySet()), fixedQuestions(quiz));
    }

    List<Long> activeQuestions(long categoryId) {
        return activeByCategory(Set.of(categoryId)).getOrDefault(categoryId, List.of());
    }

    static Set<Long> fixedQuestions(Quiz quiz) {
        Set<Long> fixed = new HashSet<>();
        quiz.getSlots().stream().filter(QuizSlot::isFixed).forEach(s -> fixed.add(s.getQuestionId()));
        return fixed;
    }

    static Map<Long, Integer> drawnByCategory(Quiz quiz) {
        Map<Long, Integer> drawn = new HashMap<>();
        quiz.getSlots().stream()
                .filter(s -> !s.isFixed())
                .forEach(s -> drawn.merge(s.getCategoryId(), s.getDrawCount(), Integer::sum));
        return drawn;
    }

    private Map<Long, List<Long>> activeByCategory(Set<Long> categoryIds) {
        if (categoryIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery(
                        "select q.category.id, q.id from Question q where q.category.id in :ids and q.active = true",
                        Object[].class)
                .setParameter("ids", categoryIds)
                .getResultStream()
                .collect(Collectors.groupingBy(
                        r -> (Long) r[0], Collectors.mapping(r -> (Long) r[1], Collectors.toList())));
    }

    private Map<Long, Question> questions(Quiz quiz) {
        Set<Long> ids = fixedQuestions(quiz);
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select q from Question q where q.id in :ids", Question.class)
                .setParameter("ids", ids)
                .getResultStream()
                .collect(Collectors.toMap(Question::getId, Function.identity()));
    }

    private Map<Long, QuestionCategory> categories(Quiz quiz) {
        Set<Long> ids = drawnByCategory(quiz).keySet();
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select c from QuestionCategory c where c.id in :ids", QuestionCategory.class)
                .setParameter("ids", ids)
                .getResultStream()
                .collect(Collectors.toMap(QuestionCategory::getId, Function.identity()));
    }

    private static SlotView fixed(QuizSlot slot, Question question) {
        return new SlotView(
                slot.getId(),
                slot.getPosition(),
                slot.getQuestionId(),
                text(question),
                question.isActive(),
                null,
                question.getCategory().getName(),
                1,
                true);
    }

    private static SlotView random(QuizSlot slot, QuestionCategory category, Set<Long> shortOnes) {
        return new SlotView(
                slot.getId(),
                slot.getPosition(),
                null,
                null,
                true,
                slot.getCategoryId(),
                category.getName(),
                slot.getDrawCount(),
                !shortOnes.contains(slot.getCategoryId()));
    }

    /** The question's short name, or the start of its text without markup. */
    private static String text(Question question) {
        if (question.getTitle() != null && !question.getTitle().isBlank()) {
            return question.getTitle();
        }
        String text = question.getTextHtml().replaceAll("<[^>]*>", " ").strip().replaceAll("\\s+", " ");
        return text.length() > 120 ? text.substring(0, 117) + "..." : text;
    }
}
