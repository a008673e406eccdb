package vn.langso.web.api.visits;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.langso.kernel.Page;
import vn.langso.visits.boundary.VisitFilter;
import vn.langso.visits.boundary.VisitInput;
import vn.langso.visits.boundary.VisitLog;
import vn.langso.visits.boundary.VisitView;
import vn.langso.visits.boundary.VisitWrite;
import vn.langso.web.api.ApiRequests;

/**
 * {@code PUT /api/v1/visits/{uuid}}: stores a visit under the UUID its phone made: 201 when new, 200 with the stored
 * visit when the same content was stored already (a resend changes nothing), 409 for other content under that UUID
 * or an edit of a version that is no longer the latest. {@code GET /api/v1/visits/{uuid}};
 * {@code GET /api/v1/visits?household=&team=&from=&to=&mine=&page=&size=}, newest first, within the caller's area.
 */
@Path("visits")
@Produces(MediaType.APPLICATION_JSON)
public class VisitsResource {

    @Inject
    VisitLog visits;

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response put(@PathParam("id") String id, String body) {
        VisitWrite write = visits.put(id, ApiRequests.body(body, VisitInput.class));
        return Response.status(write.created() ? Response.Status.CREATED : Response.Status.OK)
                .entity(write.visit())
                .build();
    }

    @GET
    @Path("{id}")
    public VisitView visit(@PathParam("id") String id) {
        return visits.find(id);
    }

    @GET
    public Page<VisitView> list(
            @QueryParam("household") Long household,
            @QueryParam("team") Long team,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("mine") boolean mine,
            @QueryParam("page") Integer page,
            @QueryParam("size") Integer size,
            @QueryParam("sort") String sort) {
        return visits.list(
                new VisitFilter(household, team, ApiRequests.day("from", from), ApiRequests.day("to", to), mine),
                ApiRequests.page(page, size, sort));
    }
}
