package vn.langso.web.api.visits;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import vn.langso.kernel.InvalidInputException;
import vn.langso.kernel.Page;
import vn.langso.visits.boundary.HouseholdFilter;
import vn.langso.visits.boundary.HouseholdInput;
import vn.langso.visits.boundary.HouseholdView;
import vn.langso.visits.boundary.HouseholdWrite;
import vn.langso.visits.boundary.Households;
import vn.langso.web.api.ApiRequests;

/**
 * {@code GET /api/v1/households?unit=ID&q=TEXT&page=&size=} (the caller's field area; {@code q} ignores diacritics and
 * also finds a code, house number or phone), {@code GET /api/v1/households/ID},
 * {@code GET /api/v1/households/duplicates?unit=ID&name=&houseNumber=&phone=}, and {@code POST /api/v1/households}:
 * 201 with the new household, 200 with the stored one when its {@code clientId} was sent before.
 */
@Path("households")
@Produces(MediaType.APPLICATION_JSON)
public class HouseholdsResource {

    @Inject
    Households households;

    @GET
    public Page<HouseholdView> list(
            @QueryParam("unit") Long unit,
            @QueryParam("q") String text,
            @QueryParam("page") Integer page,
            @QueryParam("size") Integer size,
            @QueryParam("sort") String sort) {
        return households.list(new HouseholdFilter(unit, text), ApiRequests.page(page, size, sort));
    }

    @GET
    @Path("{id:[0-9]+}")
    public HouseholdView household(@PathParam("id") long id) {
        return households.find(id);
    }

    @GET
    @Path("duplicates")
    public List<HouseholdView> duplicates(
            @QueryParam("unit") Long unit,
            @QueryParam("name") String name,
            @QueryParam("houseNumber") String houseNumber,
            @QueryParam("phone") String phone) {
        if (unit == null || name == null || name.isBlank()) {
            throw new InvalidInputException("unit", "household.unitMissing");
        }
        return households.likelyDuplicates(unit, name, houseNumber, phone);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(String body) {
        HouseholdWrite write = households.create(ApiRequests.body(body, HouseholdInput.class));
        return Response.status(write.created() ? Response.Status.CREATED : Response.Status.OK)
                .entity(write.household())
                .build();
    }
}
