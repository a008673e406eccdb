package vn.langso.courses.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import vn.langso.courses.entity.Course;
import vn.langso.courses.entity.CourseRevision;
import vn.langso.courses.entity.CourseSection;
import vn.langso.courses.entity.Lesson;

/**
 * Starts a new draft of a published course as a copy of what learners see: description, services, cover, sections
 * and lessons with their keys and file references. Only new rows are written; the published revision is untouched.
 */
@Dependent
public class RevisionCopier {

    @PersistenceContext
    EntityManager em;

    public CourseRevision newDraft(Course course, LocalDateTime now) {
        CourseRevision source = course.getPublishedRevision();
        Integer last = em.createQuery(
                        "select max(r.number) from CourseRevision r where r.course = :course", Integer.class)
                .setParameter("course", course)
                .getSingleResult();
        CourseRevision draft = source.draftCopy(last == null ? 1 : last + 1, now);
        em.persist(draft);
        for (CourseSection section : source.orderedSections()) {
            CourseSection sectionCopy = new CourseSection(draft, section.getPosition(), section.getTitle());
            em.persist(sectionCopy);
            draft.getSections().add(sectionCopy);
            for (Lesson lesson : section.orderedLessons()) {
                Lesson lessonCopy = lesson.copyInto(sectionCopy);
                em.persist(lessonCopy);
                sectionCopy.getLessons().add(lessonCopy);
            }
        }
        course.setDraftRevision(draft);
        return draft;
    }
}
