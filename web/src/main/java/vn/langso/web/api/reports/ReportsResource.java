package vn.langso.web.api.reports;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.langso.kernel.NotFoundException;
import vn.langso.kernel.Page;
import vn.langso.kernel.PageRequest;
import vn.langso.kernel.Sheet;
import vn.langso.kernel.SheetFormat;
import vn.langso.learning.boundary.CourseReports;
import vn.langso.learning.boundary.ReportCounts;
import vn.langso.learning.boundary.ReportTeamRow;
import vn.langso.learning.boundary.ReportUnitTable;
import vn.langso.web.api.ApiRequests;
import vn.langso.web.reports.SheetDownloads;

/**
 * A course's report within the caller's area, {@code unit} a unit id (its subtree):
 * {@code GET /api/v1/reports/courses/{id}?unit=} (totals), {@code .../teams?unit=&page=&size=&sort=} (by team),
 * {@code .../units?parent=} (the children of a unit, rolled up), {@code .../teams.csv} and {@code .../teams.xlsx}.
 */
@Path("reports/courses/{id}")
public class ReportsResource {

    @Inject
    CourseReports reports;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public ReportCounts summary(@PathParam("id") long courseId, @QueryParam("unit") String unit) {
        return reports.summary(courseId, SheetDownloads.unit(unit));
    }

    @GET
    @Path("teams")
    @Produces(MediaType.APPLICATION_JSON)
    public Page<ReportTeamRow> teams(
            @PathParam("id") long courseId,
            @QueryParam("unit") String unit,
            @QueryParam("page") Integer page,
            @QueryParam("size") Integer size,
            @QueryParam("sort") String sort) {
        PageRequest request = ApiRequests.page(page, size, sort);
        return reports.byTeam(courseId, SheetDownloads.unit(unit), request);
    }

    @GET
    @Path("units")
    @Produces(MediaType.APPLICATION_JSON)
    public ReportUnitTable units(@PathParam("id") long courseId, @QueryParam("parent") String parent) {
        return reports.byUnit(courseId, SheetDownloads.unit(parent));
    }

    @GET
    @Path("teams.{format:csv|xlsx}")
    public Response export(
            @PathParam("id") long courseId,
            @PathParam("format") String extension,
            @QueryParam("unit") String unit,
            @Context HttpHeaders headers) {
        SheetFormat format = SheetFormat.named(extension).orElseThrow(NotFoundException::new);
        // The sheet is made before a byte is sent: a course or unit outside the caller's area is still a 404.
        Sheet sheet = reports.byTeamSheet(courseId, SheetDownloads.unit(unit));
        return SheetDownloads.response(sheet, format, ApiRequests.language(headers));
    }
}
