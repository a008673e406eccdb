package vn.langso.web.authoring;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import vn.langso.courses.boundary.CourseAuthoring;
import vn.langso.courses.boundary.CourseFilter;
import vn.langso.courses.boundary.CourseRow;
import vn.langso.courses.entity.CourseStatus;
import vn.langso.kernel.OutreachService;
import vn.langso.web.faces.PagedModel;
import vn.langso.web.faces.Pages;

/** "My courses": the courses the caller edits (an admin: all), searched by title and filtered by status. */
@Named
@ViewScoped
public class MyCoursesBacking implements Serializable {

    @Inject
    CourseAuthoring authoring;

    private String text;
    private CourseStatus status;
    private CourseFilter filter = CourseFilter.all();
    private final PagedModel<CourseRow> list =
            new PagedModel<>(request -> authoring.list(filter, request), CourseRow::id);

    public void open() {
        AuthoringPages.allowedOr404();
    }

    public void search() {
        filter = new CourseFilter(text, status);
        Pages.firstPage("courses:list");
    }

    public List<CourseStatus> getStatuses() {
        return List.of(CourseStatus.values());
    }

    public List<OutreachService> getServices() {
        return List.of(OutreachService.values());
    }

    public PagedModel<CourseRow> getList() {
        return list;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public CourseStatus getStatus() {
        return status;
    }

    public void setStatus(CourseStatus status) {
        this.status = status;
    }
}
