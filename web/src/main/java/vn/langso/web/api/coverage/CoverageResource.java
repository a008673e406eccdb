package vn.langso.web.api.coverage;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import vn.langso.coverage.boundary.Coverage;
import vn.langso.coverage.boundary.CoverageTable;
import vn.langso.coverage.boundary.CoverageTargets;
import vn.langso.coverage.boundary.HouseholdCoverageRow;
import vn.langso.coverage.boundary.Indicator;
import vn.langso.coverage.boundary.TargetView;
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
 * {@code units.csv}, {@code services.xlsx}, {@code households.csv}; targets: {@code GET .../targets?unit=},
 * {@code PUT .../targets} and {@code DELETE .../targets/{id}}.
 */
@Path("coverage")
public class CoverageResource {

    @Inject
    Coverage coverage;

    @Inject
    CoverageTargets targets;

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

    /** A target to set: the unit, the indicator (REACHED or PROFICIENT), the percent and the day it is due. */
    public record TargetInput(Long unitId, Indicator indicator, BigDecimal percent, LocalDate dueOn) {}

    @GET
    @Path("targets")
    @Produces(MediaType.APPLICATION_JSON)
    public List<TargetView> targets(@QueryParam("unit") String unit) {
        Long unitId = SheetDownloads.unit(unit);
        if (unitId == null) {
            throw new InvalidInputException("unit", "coverage.unitMissing");
        }
        return targets.of(unitId);
    }

    /** Sets a unit's target for an indicator due on a day; the same again changes nothing (idempotent). */
    @PUT
    @Path("targets")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public TargetView setTarget(String body) {
        TargetInput input = ApiRequests.body(body, TargetInput.class);
        if (input == null || input.unitId() == null) {
            throw new InvalidInputException("unitId", "coverage.unitMissing");
        }
        return targets.set(input.unitId(), input.indicator(), input.percent(), input.dueOn());
    }

    @DELETE
    @Path("targets/{id:[0-9]+}")
    public Response removeTarget(@PathParam("id") long id) {
        targets.remove(id);
        return Response.noContent().build();
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
