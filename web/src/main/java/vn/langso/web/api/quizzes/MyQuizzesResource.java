package vn.langso.web.api.quizzes;

import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.langso.quizzes.boundary.AttemptStart;
import vn.langso.quizzes.boundary.Attempts;

/**
 * {@code POST /api/v1/me/quizzes/{quizId}/attempts}: starts an attempt of the caller — 201 with the questions and
 * the server's deadline, or 200 with their attempt still open (a start sent again never makes a second). 409 when
 * not enrolled, outside the quiz's window or with no attempt left; 404 for a quiz the caller may not see.
 */
@Path("me/quizzes")
@Produces(MediaType.APPLICATION_JSON)
public class MyQuizzesResource {

    @Inject
    Attempts attempts;

    @POST
    @Path("{quizId}/attempts")
    public Response start(@PathParam("quizId") long quizId) {
        AttemptStart start = attempts.start(quizId);
        return Response.status(start.created() ? Response.Status.CREATED : Response.Status.OK)
                .entity(start.attempt())
                .build();
    }
}
