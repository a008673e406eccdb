package vn.langso.web.api.coverage;

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
import vn.langso.coverage.boundary.Coverage;
import vn.langso.coverage.boundary.CoverageTable;
import vn.langso.coverage.boundary.HouseholdCoverageRow;
import vn.langso.coverage.boundary.TrendPoint;
import vn.langso.kernel.InvalidInputException;
import vn.langso.kernel.NotFoundException;
import vn.langso.kernel.Page;
import vn.langso.kernel.Sheet;
import vn.langso.kernel.SheetFormat;
import vn.langso.web.api.ApiRequests;
import vn.langso.web.reports.SheetDownloads;

/**
 * Coverage within the caller's area, {@code from} and {@code to} days (both included, at most two years):
 * {@code GET /api/v1/coverage/units?parent=} (a unit's figures and its children's), {@code .../trend?unit=},
 * {@code .../households?unit=&q=&page=&size=&sort=} (a unit's households with their state), and the tables as
 * {@code units.csv}, {@code services.xlsx}, {@code households.csv}.
 */
@Path("coverage")
public class CoverageResource {

    @Inject
    Coverage coverage;

    @GET
    @Path("units")
    @Produces(MediaType.APPLICATION_JSON)
    public CoverageTable units(
            @QueryParam("parent") String parent, @QueryParam("from") String from, @QueryParam("to") String to) {
        return coverage.byUnit(SheetDownloads.unit(parent), ApiRequests.day("from", from), ApiRequests.day("to", to));
    }

    @GET
    @Path("trend")
    @Produces(MediaType.APPLICATION_JSON)
    public List<TrendPoint> trend(@QueryParam("unit") String unit) {
        return coverage.trend(SheetDownloads.unit(unit));
    }

    @GET
    @Path("households")
    @Produces(MediaType.APPLICATION_JSON)
    public Page<HouseholdCoverageRow> households(
            @QueryParam("unit") String unit,
            @QueryParam("q") String text,
            @QueryParam("page") Integer page,
            @QueryParam("size") Integer size,
            @QueryParam("sort") String sort) {
        Long unitId = SheetDownloads.unit(unit);
        if (unitId == null) {
            throw new InvalidInputException("unit", "coverage.unitMissing");
        }
        return coverage.households(unitId, text, ApiRequests.page(page, size, sort));
    }

    @GET
    @Path("{table:units|services|households}.{format:csv|xlsx}")
    public Response download(
            @PathParam("table") String table,
            @PathParam("format") String extension,
            @QueryParam("unit") String unit,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @Context HttpHeaders headers) {
        SheetFormat format = SheetFormat.named(extension).orElseThrow(NotFoundException::new);
        Long unitId = SheetDownloads.unit(unit);
        Sheet sheet =
                switch (table) {
                    case "households" -> {
                        if (unitId == null) {
                            throw new InvalidInputException("unit", "coverage.unitMissing");
                        }
                        yield coverage.householdsSheet(unitId);
                    }
                    case "units" ->
                        coverage.byUnitSheet(unitId, ApiRequests.day("from", from), ApiRequests.day("to", to));
                    default -> coverage.servicesSheet(unitId, ApiRequests.day("from", from), ApiRequests.day("to", to));
                };
        return SheetDownloads.response(sheet, format, ApiRequests.language(headers));
    }
}
