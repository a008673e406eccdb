package vn.langso.quizzes.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import vn.langso.courses.control.CourseAccess;
import vn.langso.courses.entity.Course;
import vn.langso.courses.entity.CourseRevision;
import vn.langso.courses.entity.Lesson;
import vn.langso.courses.entity.LessonKind;
import vn.langso.kernel.NotFoundException;
import vn.langso.quizzes.entity.Quiz;

/**
 * The quiz lesson a setup or attempts page names by course and lesson key, for the course's editors only: a lesson of
 * kind QUIZ in the course's draft or published revision. Anything else answers like a course that does not exist.
 */
@Dependent
public class QuizSetupLookup {

    /** The course, its quiz lesson as editors see it now (the draft's when there is one). */
    public record QuizLesson(Course course, Lesson lesson) {

        public String courseTitle() {
            return course.currentRevision().getTitle();
        }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    CourseAccess access;

    public QuizLesson lesson(String caller, long courseId, String lessonKey) {
        Course course = access.editable(caller, courseId);
        List<Long> revisions = Stream.of(course.getDraftRevision(), course.getPublishedRevision())
                .filter(r -> r != null)
                .map(CourseRevision::getId)
                .toList();
        if (lessonKey == null || revisions.isEmpty()) {
            throw new NotFoundException();
        }
        List<Lesson> found = em.createQuery(
                        "select l from Lesson l where l.lessonKey = :key and l.kind = :kind"
                                + " and l.revision.id in :revisions order by l.revision.id desc",
                        Lesson.class)
                .setParameter("key", lessonKey)
                .setParameter("kind", LessonKind.QUIZ)
                .setParameter("revisions", revisions)
                .getResultList();
        if (found.isEmpty()) {
            throw new NotFoundException();
        }
        return new QuizLesson(course, found.get(0));
    }

    public Optional<Quiz> quiz(QuizLesson lesson) {
        return em.createQuery("select q from Quiz q where q.course = :course and q.lessonKey = :key", Quiz.class)
                .setParameter("course", lesson.course())
                .setParameter("key", lesson.lesson().getLessonKey())
                .getResultStream()
                .findFirst();
    }

    /**
     * The quiz, its row made with the defaults on first use; two first uses at once make one row. It is read with a
     * lock: a plain read would not see the row a concurrent first use committed while this insert waited for it (the
     * transaction's snapshot is older), and the lock also makes two edits of the same quiz take turns.
     */
    public Quiz quizMadeIfNew(QuizLesson lesson) {
        em.createNativeQuery("insert into quiz (course_id, lesson_key) values (?, ?) on duplicate key update id = id")
                .setParameter(1, lesson.course().getId())
                .setParameter(2, lesson.lesson().getLessonKey())
                .executeUpdate();
        return em.createQuery("select q from Quiz q where q.course = :course and q.lessonKey = :key", Quiz.class)
                .setParameter("course", lesson.course())
                .setParameter("key", lesson.lesson().getLessonKey())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getSingleResult();
    }
}
