package vn.langso.web.authoring;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.function.LongFunction;
import vn.langso.courses.boundary.CourseAuthoring;
import vn.langso.courses.boundary.CourseEditorView;
import vn.langso.kernel.BusinessException;
import vn.langso.kernel.NotFoundException;
import vn.langso.web.faces.Pages;
import vn.langso.web.i18n.Messages;

/**
 * The course editor (course.xhtml?id=): holds the course as last read, which the page's other beans replace after
 * each change, and the course's life: publish, discard the draft, archive, restore.
 */
@Named
@ViewScoped
public class CourseEditorBacking implements Serializable {

    @Inject
    CourseAuthoring authoring;

    private String id;
    private CourseEditorView course;

    /** A course the caller may not edit answers exactly like one that does not exist. */
    public void open() {
        Long courseId = Pages.id(id);
        try {
            if (courseId == null) {
                throw new NotFoundException();
            }
            course = authoring.editor(courseId);
        } catch (NotFoundException | EJBAccessException e) {
            Pages.notFound();
        }
    }

    void show(CourseEditorView changed) {
        course = changed;
    }

    long courseId() {
        return course.id();
    }

    public void publish() {
        change(authoring::publish, "authoring.course.publishedNow");
    }

    public void discardDraft() {
        change(authoring::discardDraft, "authoring.course.draftDiscarded");
    }

    public void archive() {
        change(authoring::archive, "authoring.course.archivedNow");
    }

    public void restore() {
        change(authoring::restore, "authoring.course.restored");
    }

    private void change(LongFunction<CourseEditorView> action, String doneKey) {
        try {
            course = action.apply(course.id());
            Messages.info(doneKey, course.title());
        } catch (BusinessException refusal) {
            AuthoringPages.refuse(refusal);
        }
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public CourseEditorView getCourse() {
        return course;
    }
}
