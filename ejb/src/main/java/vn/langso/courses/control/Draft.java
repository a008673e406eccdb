package vn.langso.courses.control;

import jakarta.persistence.EntityManager;
import java.util.List;
import vn.langso.courses.entity.Course;
import vn.langso.courses.entity.CourseRevision;
import vn.langso.courses.entity.CourseSection;
import vn.langso.courses.entity.Lesson;
import vn.langso.kernel.ConflictException;
import vn.langso.kernel.NotFoundException;

/**
 * The draft revision one edit works on, and the translation of the ids a page sent into rows of that draft. A page
 * opened before the draft existed shows the published rows: right after the copy, a section is found at the same
 * place and a lesson by its key; a section of an older draft or of another course is refused.
 */
public final class Draft {

    private final EntityManager em;
    private final Course course;
    private final CourseRevision revision;
    private final boolean copiedNow;

    Draft(EntityManager em, Course course, CourseRevision revision, boolean copiedNow) {
        this.em = em;
        this.course = course;
        this.revision = revision;
        this.copiedNow = copiedNow;
    }

    public Course course() {
        return course;
    }

    public CourseRevision revision() {
        return revision;
    }

    public CourseSection section(long sectionId) {
        CourseSection section = em.find(CourseSection.class, sectionId);
        if (section == null || !section.getRevision().getCourse().getId().equals(course.getId())) {
            throw new NotFoundException();
        }
        if (section.getRevision() == revision) {
            return section;
        }
        if (copiedNow && section.getRevision() == course.getPublishedRevision()) {
            int index = course.getPublishedRevision().orderedSections().indexOf(section);
            return revision.orderedSections().get(index);
        }
        throw new ConflictException("authoring.stale");
    }

    public Lesson lesson(long lessonId) {
        Lesson lesson = em.find(Lesson.class, lessonId);
        if (lesson == null || !lesson.getRevision().getCourse().getId().equals(course.getId())) {
            throw new NotFoundException();
        }
        return lesson.getRevision() == revision ? lesson : byKey(revision, lesson.getLessonKey());
    }

    /** The lesson with this key in the revision: the same lesson as edited there. */
    static Lesson byKey(CourseRevision revision, String lessonKey) {
        List<Lesson> found = revision.getSections().stream()
                .flatMap(s -> s.getLessons().stream())
                .filter(l -> l.getLessonKey().equals(lessonKey))
                .toList();
        if (found.isEmpty()) {
            throw new NotFoundException();
        }
        return found.get(0);
    }
}
