package vn.langso.web.api.org;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import vn.langso.kernel.Page;
import vn.langso.org.boundary.TeamFilter;
import vn.langso.org.boundary.TeamView;
import vn.langso.org.boundary.Teams;
import vn.langso.org.boundary.Units;
import vn.langso.web.api.ApiRequests;

/** {@code GET /api/v1/teams?unit=CODE&q=TEXT&active=&page=&size=&sort=}, {@code GET /api/v1/teams/ID}. */
@Path("teams")
@Produces(MediaType.APPLICATION_JSON)
public class TeamsResource {

    @Inject
    Teams teams;

    @Inject
    Units units;

    @GET
    public Page<TeamView> list(
            @QueryParam("unit") String unitCode,
            @QueryParam("q") String text,
            @QueryParam("active") Boolean active,
            @QueryParam("page") Integer page,
            @QueryParam("size") Integer size,
            @QueryParam("sort") String sort) {
        Long unitId = unitCode == null || unitCode.isBlank()
                ? null
                : units.byCode(unitCode).id();
        return teams.list(new TeamFilter(unitId, active, text), ApiRequests.page(page, size, sort));
    }

    @GET
    @Path("{id}")
    public TeamView team(@PathParam("id") long id) {
        return teams.find(id);
    }
}
