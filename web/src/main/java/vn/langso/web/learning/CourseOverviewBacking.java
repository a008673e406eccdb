package vn.langso.web.learning;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import vn.langso.kernel.BusinessException;
import vn.langso.kernel.NotFoundException;
import vn.langso.learning.boundary.CourseCatalog;
import vn.langso.learning.boundary.CourseOutline;
import vn.langso.learning.boundary.Learning;
import vn.langso.web.faces.Pages;
import vn.langso.web.i18n.Messages;

/** A course's overview (course.xhtml?id=&preview=): what it teaches, its lessons, enrol or continue. */
@Named
@ViewScoped
public class CourseOverviewBacking implements Serializable {

    @Inject
    CourseCatalog catalog;

    @Inject
    Learning learning;

    private String id;
    private boolean preview;
    private CourseOutline course;

    /** A draft, or a course the caller may not see, answers like one that does not exist. */
    public void open() {
        Long courseId = LearningPages.id(id);
        try {
            if (courseId == null) {
                throw new NotFoundException();
            }
            course = catalog.outline(courseId, preview);
        } catch (NotFoundException | EJBAccessException e) {
            Pages.notFound();
        }
    }

    public void enrol() {
        try {
            learning.enrol(course.courseId());
            course = catalog.outline(course.courseId(), false);
            Messages.info("learning.enrolled", course.title());
        } catch (BusinessException refusal) {
            Messages.error(refusal.messageKey(), refusal.arguments().toArray());
        }
    }

    /** Members enrol; others (a trainer looking) only read. */
    public boolean isMayEnrol() {
        return !preview && course.enrolment() == null && LearningPages.isMember();
    }

    public CourseOutline getCourse() {
        return course;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public boolean isPreview() {
        return preview;
    }

    public void setPreview(boolean preview) {
        this.preview = preview;
    }
}
