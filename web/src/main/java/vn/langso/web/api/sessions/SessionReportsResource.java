package vn.langso.web.api.sessions;

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
import java.util.List;
import vn.langso.kernel.NotFoundException;
import vn.langso.kernel.Sheet;
import vn.langso.kernel.SheetFormat;
import vn.langso.sessions.boundary.FacilitatorRow;
import vn.langso.sessions.boundary.SessionReports;
import vn.langso.sessions.boundary.SessionUnitTable;
import vn.langso.web.api.ApiRequests;
import vn.langso.web.reports.SheetDownloads;

/**
 * The sessions report within the caller's area, {@code from} and {@code to} days (both included, at most a year):
 * {@code GET /api/v1/sessions/reports/units?parent=} (the children of a unit, rolled up),
 * {@code .../facilitators?unit=}, and each as {@code .csv} or {@code .xlsx}.
 */
@Path("sessions/reports")
public class SessionReportsResource {

    @Inject
    SessionReports reports;

    @GET
    @Path("units")
    @Produces(MediaType.APPLICATION_JSON)
    public SessionUnitTable units(
            @QueryParam("parent") String parent, @QueryParam("from") String from, @QueryParam("to") String to) {
        return reports.byUnit(SheetDownloads.unit(parent), ApiRequests.day("from", from), ApiRequests.day("to", to));
    }

    @GET
    @Path("facilitators")
    @Produces(MediaType.APPLICATION_JSON)
    public List<FacilitatorRow> facilitators(
            @QueryParam("unit") String unit, @QueryParam("from") String from, @QueryParam("to") String to) {
        return reports.byFacilitator(
                SheetDownloads.unit(unit), ApiRequests.day("from", from), ApiRequests.day("to", to));
    }

    @GET
    @Path("{table:units|facilitators}.{format:csv|xlsx}")
    public Response download(
            @PathParam("table") String table,
            @PathParam("format") String extension,
            @QueryParam("unit") String unit,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @Context HttpHeaders headers) {
        SheetFormat format = SheetFormat.named(extension).orElseThrow(NotFoundException::new);
        Long unitId = SheetDownloads.unit(unit);
        Sheet sheet = "units".equals(table)
                ? reports.byUnitSheet(unitId, ApiRequests.day("from", from), ApiRequests.day("to", to))
                : reports.byFacilitatorSheet(unitId, ApiRequests.day("from", from), ApiRequests.day("to", to));
        return SheetDownloads.response(sheet, format, ApiRequests.language(headers));
    }
}
