package vn.langso.quizzes.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import vn.langso.kernel.ConflictException;
import vn.langso.quizzes.entity.Quiz;
import vn.langso.quizzes.entity.QuizSlot;

/**
 * Starts attempts: fixes the questions (fixed ones, random draws, shuffled as the quiz says), each question's order
 * of choices, and the deadline. Written in plain SQL for the moment everyone starts together: one insert of the
 * attempt and one of all its questions.
 *
 * <p>The attempt's number is unique per quiz and member, and the insert ignores a duplicate: a start sent twice at
 * once makes one attempt, and the second request finds it. No locking read is used to count attempts, because gap
 * locks on the attempts' index would make members who start at the same moment wait for one another.
 */
@Dependent
public class AttemptStarter {

    private final Random random = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    /** The new (or, for a start sent twice, the existing) attempt's id, and whether this call created it. */
    public record Started(long attemptId, boolean created) {}

    public Started start(Quiz quiz, long memberId, int number, LocalDateTime now) {
        List<Long> questions = draw(quiz);
        if (questions.isEmpty()) {
            throw new ConflictException("attempts.noQuestions");
        }
        LocalDateTime deadline = quiz.deadlineFor(now);
        int inserted = em.createNativeQuery("insert ignore into quiz_attempt (quiz_id, member_id, number, status,"
                        + " started_at, deadline_at, version) values (?, ?, ?, 'IN_PROGRESS', ?, ?, 0)")
                .setParameter(1, quiz.getId())
                .setParameter(2, memberId)
                .setParameter(3, number)
                .setParameter(4, Timestamp.valueOf(now))
                .setParameter(5, deadline == null ? null : Timestamp.valueOf(deadline))
                .executeUpdate();
        long attemptId = ((Number) em.createNativeQuery(
                                "select id from quiz_attempt where quiz_id = ? and member_id = ? and number = ?"
                                        // A locking read: a duplicate committed by another start is newer than
                                        // this transaction's snapshot.
                                        + " lock in share mode")
                        .setParameter(1, quiz.getId())
                        .setParameter(2, memberId)
                        .setParameter(3, number)
                        .getSingleResult())
                .longValue();
        if (inserted == 0) {
            return new Started(attemptId, false);
        }
        insertQuestions(attemptId, questions, choiceOrders(questions, quiz.isShuffleChoices()));
        return new Started(attemptId, true);
    }

    /** How many questions an attempt asks now: the active fixed questions and every random slot's count. */
    public int questionsPerAttempt(Quiz quiz) {
        List<Long> fixed = fixedActive(quiz);
        return fixed.size()
                + quiz.getSlots().stream()
                        .filter(s -> !s.isFixed())
                        .mapToInt(QuizSlot::getDrawCount)
                        .sum();
    }

    private List<Long> draw(Quiz quiz) {
        List<Long> activeFixed = fixedActive(quiz);
        List<QuestionDraw.Slot> slots = new ArrayList<>();
        Map<Long, List<Long>> categories = new HashMap<>();
        for (QuizSlot slot : quiz.getSlots()) {
            if (slot.isFixed()) {
                // A question made inactive after the quiz was set up is no longer asked.
                if (activeFixed.contains(slot.getQuestionId())) {
                    slots.add(QuestionDraw.Slot.fixed(slot.getQuestionId()));
                }
            } else {
                slots.add(QuestionDraw.Slot.random(slot.getCategoryId(), slot.getDrawCount()));
                categories.computeIfAbsent(slot.getCategoryId(), this::activeQuestionsOf);
            }
        }
        try {
            return QuestionDraw.draw(slots, categories, quiz.isShuffleQuestions(), random);
        } catch (IllegalStateException e) {
            throw new ConflictException("attempts.notEnoughQuestions");
        }
    }

    private List<Long> fixedActive(Quiz quiz) {
        List<Long> ids = quiz.getSlots().stream()
                .filter(QuizSlot::isFixed)
                .map(QuizSlot::getQuestionId)
                .toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select q.id from Question q where q.id in :ids and q.active = true", Long.class)
                .setParameter("ids", ids)
                .getResultList();
    }

    private List<Long> activeQuestionsOf(long categoryId) {
        return em.createQuery(
                        "select q.id from Question q where q.category.id = :category and q.active = true order by q.id",
                        Long.class)
                .setParameter("category", categoryId)
                .getResultList();
    }

    /** Each question's choice ids in the order this attempt shows them. */
    private Map<Long, List<Long>> choiceOrders(List<Long> questions, boolean shuffle) {
        Map<Long, List<Long>> orders = new LinkedHashMap<>();
        List<?> rows = em.createNativeQuery("select c.question_id, c.id, q.type from question_choice c"
                        + " join question q on q.id = c.question_id where c.question_id in (:ids)"
                        + " order by c.question_id, c.position")
                .setParameter("ids", questions)
                .getResultList();
        Map<Long, String> types = new HashMap<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            long questionId = ((Number) r[0]).longValue();
            orders.computeIfAbsent(questionId, k -> new ArrayList<>()).add(((Number) r[1]).longValue());
            types.put(questionId, (String) r[2]);
        }
        if (shuffle) {
            // True / false keeps its natural order: "Sai, Đúng" would only confuse.
            orders.forEach((questionId, order) -> {
                if (!"TRUE_FALSE".equals(types.get(questionId))) {
                    Collections.shuffle(order, random);
                }
            });
        }
        return orders;
    }

    private void insertQuestions(long attemptId, List<Long> questions, Map<Long, List<Long>> choiceOrders) {
        StringBuilder sql = new StringBuilder(
                "insert into attempt_question (attempt_id, position, question_id, choice_order) values ");
        for (int i = 0; i < questions.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?)");
        }
        var insert = em.createNativeQuery(sql.toString());
        int p = 1;
        for (int i = 0; i < questions.size(); i++) {
            Long questionId = questions.get(i);
            insert.setParameter(p++, attemptId);
            insert.setParameter(p++, i + 1);
            insert.setParameter(p++, questionId);
            insert.setParameter(p++, ChoiceList.format(choiceOrders.getOrDefault(questionId, List.of())));
        }
        insert.executeUpdate();
    }
}
