package vn.langso.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import vn.langso.accounts.boundary.Accounts;
import vn.langso.accounts.boundary.Profile;

/** {@code GET /api/v1/me}: who the credentials belong to, so that a client can check them. */
@Path("me")
public class MeResource {

    @Inject
    Accounts accounts;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Profile me() {
        return accounts.callerProfile();
    }
}
