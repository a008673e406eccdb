package vn.langso.web.assignments;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.langso.courses.entity.CourseStatus;
import vn.langso.kernel.BusinessException;
import vn.langso.kernel.NotFoundException;
import vn.langso.learning.boundary.AssignmentView;
import vn.langso.learning.boundary.CourseAssignments;
import vn.langso.learning.boundary.ReportCourse;
import vn.langso.web.faces.Pages;
import vn.langso.web.i18n.Messages;
import vn.langso.web.reports.ReportPages;

/** A course's assignments ({@code ?id=course}) with their counts, and the change of one's due date. */
@Named
@ViewScoped
public class AssignmentsBacking implements Serializable {

    @Inject
    CourseAssignments assignments;

    private String id;
    private ReportCourse course;
    private List<AssignmentView> list = List.of();
    private AssignmentView changing;
    private LocalDate newDueOn;

    public void open() {
        Long courseId = Pages.id(id);
        if (!ReportPages.assignmentsAllowedOr404()) {
            return;
        }
        try {
            course = assignments.course(courseId == null ? -1 : courseId);
            reload();
        } catch (NotFoundException e) {
            Pages.notFound();
        }
    }

    void reload() {
        list = assignments.list(course.id());
    }

    public void startChange(AssignmentView assignment) {
        changing = assignment;
        newDueOn = assignment.dueOn();
    }

    public void saveDueDate() {
        try {
            assignments.changeDueDate(changing.id(), newDueOn);
            reload();
            Messages.info("reports.assignments.dueChanged");
        } catch (BusinessException refusal) {
            Pages.refuse(refusal, Map.of("dueOn", "dueForm:newDueOn"));
        }
    }

    public boolean isPublished() {
        return course != null && course.status() == CourseStatus.PUBLISHED;
    }

    public ReportCourse getCourse() {
        return course;
    }

    public List<AssignmentView> getList() {
        return list;
    }

    public AssignmentView getChanging() {
        return changing;
    }

    public LocalDate getNewDueOn() {
        return newDueOn;
    }

    public void setNewDueOn(LocalDate newDueOn) {
        this.newDueOn = newDueOn;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
