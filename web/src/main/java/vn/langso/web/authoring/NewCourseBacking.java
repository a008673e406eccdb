package vn.langso.web.authoring;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import vn.langso.courses.boundary.CourseAuthoring;
import vn.langso.courses.boundary.CourseEditorView;
import vn.langso.kernel.BusinessException;
import vn.langso.web.i18n.Messages;

/** The "new course" dialog: a description, then the course's editor page. */
@Named
@ViewScoped
public class NewCourseBacking implements Serializable {

    static final Map<String, String> INPUTS = Map.of(
            "title", "newCourseForm:title",
            "summary", "newCourseForm:summary",
            "language", "newCourseForm:language",
            "estimatedMinutes", "newCourseForm:estimatedMinutes");

    @Inject
    CourseAuthoring authoring;

    private final CourseForm form = new CourseForm();

    public void create() {
        CourseEditorView course;
        try {
            course = authoring.create(form.details());
        } catch (BusinessException refusal) {
            AuthoringPages.refuse(refusal, INPUTS);
            return;
        }
        Messages.info("authoring.course.created", course.title());
        AuthoringPages.redirect("/authoring/course.xhtml?id=" + course.id());
    }

    public CourseForm getForm() {
        return form;
    }
}
