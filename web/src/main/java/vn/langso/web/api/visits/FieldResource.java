package vn.langso.web.api.visits;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import vn.langso.visits.boundary.FieldProfile;
import vn.langso.visits.boundary.FieldWork;
import vn.langso.visits.boundary.FollowUpView;

/** {@code GET /api/v1/me/field}: what the field app needs to start; {@code GET /api/v1/me/follow-ups}. */
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
public class FieldResource {

    @Inject
    FieldWork work;

    @GET
    @Path("field")
    public FieldProfile profile() {
        return work.profile();
    }

    @GET
    @Path("follow-ups")
    public List<FollowUpView> followUps() {
        return work.myFollowUps();
    }
}
