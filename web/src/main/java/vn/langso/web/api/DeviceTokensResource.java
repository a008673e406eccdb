package vn.langso.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import vn.langso.accounts.boundary.DeviceTokens;
import vn.langso.accounts.boundary.DeviceTokens.Issued;
import vn.langso.accounts.boundary.DeviceTokens.TokenView;

/**
 * The field app's sign-in. {@code POST /api/v1/device-tokens} {@code {"deviceName":"…"}} with HTTP Basic: 201 with a
 * bearer token, shown this once. {@code GET /api/v1/device-tokens}: the caller's tokens. {@code DELETE
 * /api/v1/device-tokens/ID}: revoke one; {@code DELETE /api/v1/device-tokens/current}: the one this call carries.
 */
@Path("device-tokens")
@Produces(MediaType.APPLICATION_JSON)
public class DeviceTokensResource {

    public record DeviceRequest(String deviceName) {}

    @Inject
    DeviceTokens tokens;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response issue(String body) {
        DeviceRequest request =
                body == null || body.isBlank() ? new DeviceRequest(null) : ApiRequests.body(body, DeviceRequest.class);
        Issued issued = tokens.issue(request.deviceName());
        return Response.status(Response.Status.CREATED).entity(issued).build();
    }

    @GET
    public List<TokenView> mine() {
        return tokens.mine();
    }

    @DELETE
    @Path("current")
    public Response revokeCurrent(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            tokens.revokeToken(authorization.substring(7).trim());
        }
        return Response.noContent().build();
    }

    @DELETE
    @Path("{id:[0-9]+}")
    public Response revoke(@PathParam("id") long id) {
        tokens.revoke(id);
        return Response.noContent().build();
    }
}
