package vn.langso.web.api.quizzes;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashSet;
import java.util.List;
import vn.langso.kernel.InvalidInputException;
import vn.langso.quizzes.boundary.AttemptView;
import vn.langso.quizzes.boundary.Attempts;
import vn.langso.web.api.ApiRequests;

/**
 * The caller's quiz attempts (started through {@link MyQuizzesResource}).
 * {@code PUT /api/v1/me/attempts/{id}/answers/{questionId}} {@code {"choiceIds": [11]}}: saves one answer (204;
 * {@code []} takes it back); 409 once submitted or after the deadline and its grace. {@code POST
 * /api/v1/me/attempts/{id}/submission}: submits and grades (200, the result as the quiz's review shows it; again:
 * the same). {@code GET /api/v1/me/attempts/{id}}: the attempt. Errors are problem+json.
 */
@Path("me/attempts")
@Produces(MediaType.APPLICATION_JSON)
public class MyAttemptsResource {

    @Inject
    Attempts attempts;

    @GET
    @Path("{id}")
    public AttemptView attempt(@PathParam("id") long id) {
        return attempts.view(id);
    }

    @PUT
    @Path("{id}/answers/{questionId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response answer(@PathParam("id") long id, @PathParam("questionId") long questionId, String body) {
        AnswerRequest answer = ApiRequests.body(body, AnswerRequest.class);
        if (answer.choiceIds() == null || answer.choiceIds().contains(null)) {
            throw new InvalidInputException("choiceIds", "learning.api.malformed");
        }
        attempts.answer(id, questionId, new LinkedHashSet<>(answer.choiceIds()));
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/submission")
    public AttemptView submit(@PathParam("id") long id) {
        return attempts.submit(id);
    }

    /** {@code {"choiceIds": [11, 12]}} */
    public record AnswerRequest(List<Long> choiceIds) {}
}
