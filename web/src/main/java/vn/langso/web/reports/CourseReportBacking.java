package vn.langso.web.reports;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import vn.langso.kernel.NotFoundException;
import vn.langso.learning.boundary.CourseReports;
import vn.langso.learning.boundary.ReportCourse;
import vn.langso.learning.boundary.ReportTeamRow;
import vn.langso.learning.boundary.ReportUnitTable;
import vn.langso.web.faces.PagedModel;
import vn.langso.web.faces.Pages;

/**
 * One course's report below a unit ({@code ?id=course&unit=unit}; without a unit, the top of the caller's area):
 * the totals, the child units to drill into, the teams of the subtree, and the exports of those teams.
 */
@Named
@ViewScoped
public class CourseReportBacking implements Serializable {

    @Inject
    CourseReports reports;

    private String id;
    private String unit;
    private Long courseId;
    private Long unitId;
    private ReportCourse course;
    private ReportUnitTable units;
    private PagedModel<ReportTeamRow> teams;

    public void open() {
        if (!ReportPages.reportsAllowedOr404()) {
            return;
        }
        courseId = Pages.id(id);
        unitId = unit == null || unit.isBlank() ? null : Pages.id(unit);
        if (courseId == null || (unitId == null && unit != null && !unit.isBlank())) {
            Pages.notFound();
            return;
        }
        try {
            course = reports.course(courseId);
            units = reports.byUnit(courseId, unitId);
            teams = new PagedModel<>(request -> reports.byTeam(courseId, unitId, request), ReportTeamRow::teamId);
        } catch (NotFoundException e) {
            Pages.notFound();
        }
    }

    /** The export's address for the page's session: the teams this page lists. */
    public String exportPath(String extension) {
        return ReportExportServlet.PATH + "/courses/" + courseId + "/teams." + extension
                + (unitId == null ? "" : "?unit=" + unitId);
    }

    public ReportCourse getCourse() {
        return course;
    }

    public ReportUnitTable getUnits() {
        return units;
    }

    public PagedModel<ReportTeamRow> getTeams() {
        return teams;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }
}
