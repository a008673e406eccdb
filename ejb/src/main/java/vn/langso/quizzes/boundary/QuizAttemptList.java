package vn.langso.quizzes.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.langso.kernel.ListQuery;
import vn.langso.kernel.Page;
import vn.langso.kernel.PageRequest;
import vn.langso.kernel.SearchKey;
import vn.langso.quizzes.entity.Quiz;

/**
 * Every attempt at a quiz, for the course's editors only (anyone else finds no such quiz): who, from which team
 * (their team now), which attempt, where it stands and its result. A quiz never opened for setup has no attempts.
 */
@Stateless
@RolesAllowed({"ADMIN", "TRAINER"})
public class QuizAttemptList {

    static final String ROW = "select new vn.langso.quizzes.boundary.QuizAttemptListRow(a.id, m.fullName, t.name,"
            + " a.number, a.status, a.startedAt, a.submittedAt, a.percent, a.passed)";
    static final String FROM = "from QuizAttempt a join Member m on m.id = a.memberId"
            + " left join TeamMembership tm on tm.member = m and tm.endedOn is null left join tm.team t";
    static final Map<String, String> SORTABLE = Map.of(
            "memberName", "m.fullName",
            "teamName", "t.name",
            "number", "a.number",
            "status", "a.status",
            "startedAt", "a.startedAt",
            "submittedAt", "a.submittedAt",
            "percent", "a.percent",
            "passed", "a.passed");

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    QuizSetupLookup lookup;

    public QuizAttemptListSummary summary(long courseId, String lessonKey) {
        QuizSetupLookup.QuizLesson lesson = lesson(courseId, lessonKey);
        Object[] counts = lookup.quiz(lesson)
                .map(quiz -> (Object[]) em.createNativeQuery("select count(*), count(distinct member_id),"
                                + " count(distinct case when passed then member_id end)"
                                + " from quiz_attempt where quiz_id = ?")
                        .setParameter(1, quiz.getId())
                        .getSingleResult())
                .orElse(new Object[] {0, 0, 0});
        return new QuizAttemptListSummary(
                courseId,
                lesson.courseTitle(),
                lesson.lesson().getLessonKey(),
                lesson.lesson().getTitle(),
                ((Number) counts[0]).longValue(),
                ((Number) counts[1]).longValue(),
                ((Number) counts[2]).longValue());
    }

    public Page<QuizAttemptListRow> list(
            long courseId, String lessonKey, QuizAttemptListFilter filter, PageRequest request) {
        Optional<Quiz> quiz = lookup.quiz(lesson(courseId, lessonKey));
        if (quiz.isEmpty()) {
            return Page.of(List.of(), 0, request);
        }
        ListQuery<QuizAttemptListRow> query = new ListQuery<QuizAttemptListRow>(
                        ROW, FROM, SORTABLE, "a.startedAt desc, a.id desc")
                .where("a.quiz = :quiz", "quiz", quiz.get());
        if (filter.status() != null) {
            query.where("a.status = :status", "status", filter.status());
        }
        if (filter.member() != null && !filter.member().isBlank()) {
            query.where("m.searchKey like :member", "member", SearchKey.containing(filter.member()));
        }
        return query.page(em, QuizAttemptListRow.class, request);
    }

    private QuizSetupLookup.QuizLesson lesson(long courseId, String lessonKey) {
        return lookup.lesson(session.getCallerPrincipal().getName(), courseId, lessonKey);
    }
}
