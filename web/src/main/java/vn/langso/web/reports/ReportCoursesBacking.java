package vn.langso.web.reports;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import vn.langso.learning.boundary.CourseReports;
import vn.langso.learning.boundary.ReportCourseRow;
import vn.langso.web.faces.PagedModel;
import vn.langso.web.faces.Pages;

/** The list of reports: published and archived courses with their totals in the caller's area. */
@Named
@ViewScoped
public class ReportCoursesBacking implements Serializable {

    @Inject
    CourseReports reports;

    private String text;
    private String filter;
    private final PagedModel<ReportCourseRow> list =
            new PagedModel<>(request -> reports.courses(filter, request), ReportCourseRow::id);

    public void open() {
        ReportPages.reportsAllowedOr404();
    }

    public void search() {
        filter = text;
        Pages.firstPage("courses:list");
    }

    public PagedModel<ReportCourseRow> getList() {
        return list;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
