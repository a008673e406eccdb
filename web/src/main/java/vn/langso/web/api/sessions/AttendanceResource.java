package vn.langso.web.api.sessions;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.langso.sessions.boundary.AttendanceBook;
import vn.langso.sessions.boundary.AttendanceInput;
import vn.langso.sessions.boundary.AttendanceWrite;
import vn.langso.web.api.ApiRequests;

/**
 * {@code PUT /api/v1/attendance/{uuid}}: records a household (with the residents who came) or a team member at a
 * session under the UUID the phone made: 201 when new, 200 when found again or changed; 409 when the session is full,
 * cancelled, not open for attendance, or already has this household or member under another id.
 * {@code DELETE /api/v1/attendance/{uuid}} takes one back (204, also when already gone).
 */
@Path("attendance")
@Produces(MediaType.APPLICATION_JSON)
public class AttendanceResource {

    @Inject
    AttendanceBook attendance;

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response put(@PathParam("id") String id, String body) {
        AttendanceWrite write = attendance.put(id, ApiRequests.body(body, AttendanceInput.class));
        return Response.status(write.created() ? Response.Status.CREATED : Response.Status.OK)
                .entity(write.attendance())
                .build();
    }

    @DELETE
    @Path("{id}")
    public Response remove(@PathParam("id") String id) {
        attendance.remove(id);
        return Response.noContent().build();
    }
}
