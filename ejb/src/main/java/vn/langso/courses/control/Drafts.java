package vn.langso.courses.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import vn.langso.courses.entity.Course;
import vn.langso.courses.entity.CourseRevision;
import vn.langso.courses.entity.CourseSection;
import vn.langso.courses.entity.CourseStatus;
import vn.langso.courses.entity.Lesson;
import vn.langso.kernel.ConflictException;
import vn.langso.kernel.NotFoundException;

/**
 * Every edit goes to a draft: the course's draft if it has one, else a copy of the published revision made on the
 * first edit. An archived course is not edited until it is restored.
 */
@Dependent
public class Drafts {

    @PersistenceContext
    EntityManager em;

    @Inject
    CourseAccess access;

    @Inject
    RevisionCopier copier;

    @Inject
    Clock clock;

    public Draft ofCourse(String username, long courseId) {
        Course course = access.editable(username, courseId);
        if (course.getStatus() == CourseStatus.ARCHIVED) {
            throw new ConflictException("authoring.course.archived");
        }
        if (course.getDraftRevision() != null) {
            return new Draft(em, course, course.getDraftRevision(), false);
        }
        return new Draft(em, course, copier.newDraft(course, LocalDateTime.now(clock)), true);
    }

    public Draft ofSection(String username, long sectionId) {
        CourseSection section = em.find(CourseSection.class, sectionId);
        if (section == null) {
            throw new NotFoundException();
        }
        return ofCourse(username, section.getRevision().getCourse().getId());
    }

    public Draft ofLesson(String username, long lessonId) {
        return ofCourse(username, courseOf(lessonId).getId());
    }

    /** The lesson as editors see it now (in the draft if there is one), without starting a draft. */
    public Lesson currentLesson(String username, long lessonId) {
        Course course = access.editable(username, courseOf(lessonId).getId());
        Lesson lesson = em.find(Lesson.class, lessonId);
        CourseRevision current = course.currentRevision();
        return lesson.getRevision() == current ? lesson : Draft.byKey(current, lesson.getLessonKey());
    }

    /** Deletes a draft nobody will publish: its lessons, sections and services; the course no longer points at it. */
    public void discard(Course course) {
        CourseRevision draft = course.getDraftRevision();
        course.setDraftRevision(null);
        em.flush();
        em.createQuery("delete from Lesson l where l.revision = :draft")
                .setParameter("draft", draft)
                .executeUpdate();
        em.createQuery("delete from CourseSection s where s.revision = :draft")
                .setParameter("draft", draft)
                .executeUpdate();
        em.remove(draft);
    }

    private Course courseOf(long lessonId) {
        Lesson lesson = em.find(Lesson.class, lessonId);
        if (lesson == null) {
            throw new NotFoundException();
        }
        return lesson.getRevision().getCourse();
    }
}
