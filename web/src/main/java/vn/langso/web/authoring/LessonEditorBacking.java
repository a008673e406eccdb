package vn.langso.web.authoring;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import vn.langso.courses.boundary.CourseAuthoring;
import vn.langso.courses.boundary.LessonAuthoring;
import vn.langso.courses.boundary.LessonEdit;
import vn.langso.courses.boundary.LessonView;
import vn.langso.courses.boundary.SectionView;
import vn.langso.kernel.BusinessException;
import vn.langso.kernel.NotFoundException;
import vn.langso.web.faces.Pages;
import vn.langso.web.i18n.Messages;

/**
 * The lesson editor (lesson.xhtml?id=). After a save the page shows the body as stored, i.e. sanitized. The lesson's
 * id may change on the first edit of a published course (the edit goes to a new draft's copy of the lesson).
 */
@Named
@ViewScoped
public class LessonEditorBacking implements Serializable {

    @Inject
    LessonAuthoring lessons;

    @Inject
    CourseAuthoring authoring;

    @Inject
    LessonMover mover;

    private String id;
    private LessonView lesson;
    private LessonForm form;
    private List<SectionView> sections = List.of();

    public void open() {
        Long lessonId = Pages.id(id);
        try {
            if (lessonId == null) {
                throw new NotFoundException();
            }
            lesson = lessons.lesson(lessonId);
            form = LessonForm.of(lesson);
            sections = authoring.editor(lesson.courseId()).sections();
            form.setSectionIndex(mover.indexOf(sections, lesson.sectionId()));
        } catch (NotFoundException | EJBAccessException e) {
            Pages.notFound();
        }
    }

    public void save() {
        try {
            LessonEdit content = new LessonEdit(
                    form.getTitle(), form.getBody(), form.getLinkUrl(), form.isRequired(), form.getEstimatedMinutes());
            show(lessons.update(lesson.id(), content));
            show(mover.moveToSection(lesson, form.getSectionIndex()));
            form = LessonForm.of(lesson);
            form.setSectionIndex(mover.indexOf(sections, lesson.sectionId()));
            Messages.info("authoring.saved");
        } catch (BusinessException refusal) {
            AuthoringPages.refuse(refusal, LessonForm.INPUTS);
        }
    }

    /** After any change: the lesson as stored now, and the draft's sections it may move to. */
    void show(LessonView changed) {
        lesson = changed;
        sections = authoring.editor(changed.courseId()).sections();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public LessonView getLesson() {
        return lesson;
    }

    public LessonForm getForm() {
        return form;
    }

    public List<SectionView> getSections() {
        return sections;
    }
}
