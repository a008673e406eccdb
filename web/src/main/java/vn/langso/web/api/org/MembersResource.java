package vn.langso.web.api.org;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import vn.langso.kernel.Page;
import vn.langso.org.boundary.MemberFilter;
import vn.langso.org.boundary.MemberView;
import vn.langso.org.boundary.Members;
import vn.langso.web.api.ApiRequests;

/** {@code GET /api/v1/members?team=ID&q=TEXT&page=&size=&sort=}, {@code GET /api/v1/members/ID}. */
@Path("members")
@Produces(MediaType.APPLICATION_JSON)
public class MembersResource {

    @Inject
    Members members;

    @GET
    public Page<MemberView> list(
            @QueryParam("team") Long teamId,
            @QueryParam("q") String text,
            @QueryParam("page") Integer page,
            @QueryParam("size") Integer size,
            @QueryParam("sort") String sort) {
        return members.list(new MemberFilter(teamId, null, text), ApiRequests.page(page, size, sort));
    }

    @GET
    @Path("{id}")
    public MemberView member(@PathParam("id") long id) {
        return members.find(id);
    }
}
