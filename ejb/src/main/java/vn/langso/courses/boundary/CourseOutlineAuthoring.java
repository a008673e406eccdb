package vn.langso.courses.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import vn.langso.courses.control.AuthoringChecks;
import vn.langso.courses.control.Draft;
import vn.langso.courses.control.Drafts;
import vn.langso.courses.entity.CourseRevision;
import vn.langso.courses.entity.CourseSection;
import vn.langso.courses.entity.Lesson;
import vn.langso.courses.entity.LessonKind;
import vn.langso.kernel.ConflictException;
import vn.langso.kernel.InvalidInputException;

/**
 * The outline of a course's draft: sections and the order of sections and lessons. Ids of the published revision
 * are accepted from a page opened before the draft existed; they name the same rows of the new draft.
 */
@Stateless
@RolesAllowed({"ADMIN", "TRAINER"})
public class CourseOutlineAuthoring {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    Drafts drafts;

    public CourseEditorView addSection(long courseId, String title) {
        CourseRevision draft = drafts.ofCourse(caller(), courseId).revision();
        CourseSection section =
                new CourseSection(draft, draft.getSections().size(), AuthoringChecks.title(title, "sectionTitle"));
        em.persist(section);
        draft.getSections().add(section);
        return EditorViews.course(draft.getCourse());
    }

    public CourseEditorView renameSection(long sectionId, String title) {
        Draft draft = drafts.ofSection(caller(), sectionId);
        draft.section(sectionId).setTitle(AuthoringChecks.title(title, "sectionTitle"));
        return EditorViews.course(draft.course());
    }

    /** Deletes a section; one with lessons only when the caller confirmed that its lessons go with it. */
    public CourseEditorView deleteSection(long sectionId, boolean withItsLessons) {
        Draft draft = drafts.ofSection(caller(), sectionId);
        CourseSection section = draft.section(sectionId);
        if (!section.getLessons().isEmpty() && !withItsLessons) {
            throw new ConflictException("authoring.section.notEmpty");
        }
        section.getLessons().forEach(em::remove);
        section.getLessons().clear();
        CourseRevision revision = draft.revision();
        revision.getSections().remove(section);
        em.remove(section);
        renumber(revision.orderedSections());
        return EditorViews.course(draft.course());
    }

    /** The draft's sections in this order; the list names each of them once. */
    public CourseEditorView reorderSections(long courseId, List<Long> sectionIds) {
        Draft draft = drafts.ofCourse(caller(), courseId);
        List<CourseSection> sections = sectionIds.stream().map(draft::section).toList();
        if (sections.size() != draft.revision().getSections().size()
                || new HashSet<>(sections).size() != sections.size()) {
            throw new InvalidInputException("sections", "authoring.reorder.mismatch");
        }
        renumber(sections);
        return EditorViews.course(draft.course());
    }

    /**
     * The section's lessons in this order. The list may bring lessons from other sections of the draft (moved here by
     * drag and drop); it must keep every lesson the section already has.
     */
    public CourseEditorView reorderLessons(long sectionId, List<Long> lessonIds) {
        Draft draft = drafts.ofSection(caller(), sectionId);
        CourseSection target = draft.section(sectionId);
        List<Lesson> lessons = lessonIds.stream().map(draft::lesson).toList();
        if (new HashSet<>(lessons).size() != lessons.size() || !lessons.containsAll(target.getLessons())) {
            throw new InvalidInputException("lessons", "authoring.reorder.mismatch");
        }
        for (int position = 0; position < lessons.size(); position++) {
            Lesson lesson = lessons.get(position);
            CourseSection from = lesson.getSection();
            if (from != target) {
                from.getLessons().remove(lesson);
                renumberLessons(from);
                lesson.setSection(target);
                target.getLessons().add(lesson);
            }
            lesson.setPosition(position);
        }
        return EditorViews.course(draft.course());
    }

    /** A new lesson at the end of the section; its key is its identity in every later revision. */
    public LessonView addLesson(long sectionId, LessonKind kind, String title) {
        if (kind == null) {
            throw new InvalidInputException("lessonKind", "authoring.check.required");
        }
        Draft draft = drafts.ofSection(caller(), sectionId);
        CourseSection section = draft.section(sectionId);
        Lesson lesson = new Lesson(
                section,
                UUID.randomUUID().toString(),
                section.getLessons().size(),
                kind,
                AuthoringChecks.title(title, "lessonTitle"));
        em.persist(lesson);
        section.getLessons().add(lesson);
        return EditorViews.lesson(lesson);
    }

    public CourseEditorView deleteLesson(long lessonId) {
        Draft draft = drafts.ofLesson(caller(), lessonId);
        Lesson lesson = draft.lesson(lessonId);
        CourseSection section = lesson.getSection();
        section.getLessons().remove(lesson);
        em.remove(lesson);
        renumberLessons(section);
        return EditorViews.course(draft.course());
    }

    private static void renumber(List<CourseSection> sections) {
        for (int position = 0; position < sections.size(); position++) {
            sections.get(position).setPosition(position);
        }
    }

    private static void renumberLessons(CourseSection section) {
        List<Lesson> lessons = section.orderedLessons();
        for (int position = 0; position < lessons.size(); position++) {
            lessons.get(position).setPosition(position);
        }
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
