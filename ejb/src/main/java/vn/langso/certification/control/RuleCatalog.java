package vn.langso.certification.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import vn.langso.certification.boundary.CourseOption;
import vn.langso.certification.boundary.QuizOption;
import vn.langso.certification.entity.CertificationRule;
import vn.langso.kernel.SearchKey;

/**
 * What rules are made of, by the names people read: published courses by the title of their published revision, and
 * quizzes by the title of their lesson there. Quizzes belong to the quizzes component, so they are read in SQL.
 */
@Dependent
public class RuleCatalog {

    private static final String COURSES = "select c.id, r.title from course c"
            + " join course_revision r on r.id = c.published_revision_id where c.status = 'PUBLISHED'";

    @PersistenceContext
    EntityManager em;

    public CertificationRule ruleOf(long skillId) {
        return em
                .createQuery("select r from CertificationRule r where r.skill.id = :skill", CertificationRule.class)
                .setParameter("skill", skillId)
                .getResultList()
                .stream()
                .findFirst()
                .orElse(null);
    }

    /** The published ones among the courses, in title order. */
    @SuppressWarnings("unchecked")
    public List<CourseOption> courses(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Object[]> rows = em.createNativeQuery(COURSES + " and c.id in (:ids) order by r.title")
                .setParameter("ids", ids)
                .getResultList();
        return rows.stream().map(RuleCatalog::course).toList();
    }

    @SuppressWarnings("unchecked")
    public List<CourseOption> publishedCourses(String text, int max) {
        List<Object[]> rows = em.createNativeQuery(COURSES + " and r.search_key like :text order by r.title")
                .setParameter("text", SearchKey.containing(text))
                .setMaxResults(max)
                .getResultList();
        return rows.stream().map(RuleCatalog::course).toList();
    }

    /** The courses' quizzes, titled by their lessons in the published revision, in course and lesson order. */
    @SuppressWarnings("unchecked")
    public List<QuizOption> quizzesOf(Collection<Long> courseIds) {
        if (courseIds.isEmpty()) {
            return List.of();
        }
        List<Object[]> rows = em.createNativeQuery("select q.id, q.course_id, coalesce(l.title, q.lesson_key)"
                        + " from quiz q join course c on c.id = q.course_id"
                        + " left join lesson l on l.revision_id = c.published_revision_id and l.lesson_key = q.lesson_key"
                        + " where q.course_id in (:ids) order by q.course_id, l.position, q.id")
                .setParameter("ids", courseIds)
                .getResultList();
        return rows.stream()
                .map(row ->
                        new QuizOption(((Number) row[0]).longValue(), ((Number) row[1]).longValue(), (String) row[2]))
                .toList();
    }

    private static CourseOption course(Object[] row) {
        return new CourseOption(((Number) row[0]).longValue(), (String) row[1]);
    }
}
