package vn.langso.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import vn.langso.accounts.boundary.Accounts;
import vn.langso.accounts.boundary.Profile;
import vn.langso.kernel.Page;
import vn.langso.learning.boundary.EnrolmentView;
import vn.langso.learning.boundary.Learning;
import vn.langso.web.api.learning.LearningApi.EnrolmentRequest;
import vn.langso.web.api.learning.LearningApi.ProgressRequest;

/**
 * The signed-in account and its own learning. {@code GET /api/v1/me}: who the credentials belong to.
 *
 * <p>{@code GET /api/v1/me/enrolments?page=&size=&sort=}: the caller's courses with progress, those in progress
 * first. {@code POST /api/v1/me/enrolments} {@code {"courseId": 12}}: enrols the caller in a published course;
 * enrolling again answers the same enrolment. {@code POST /api/v1/me/progress}
 * {@code {"courseId": 12, "lessonKey": "…"}}: marks a lesson of the published revision done and answers the
 * enrolment's state (200); sent twice, the second changes nothing and answers the same. It does not enrol: a caller
 * not enrolled gets 409, so that an offline client's queued "done" never enrols anyone by surprise. An unknown
 * lesson or a course the caller may not see is 404; a body that is not such JSON is 400; an account not linked to a
 * team member is 409. Errors are problem+json.
 */
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Inject
    Accounts accounts;

    @Inject
    Learning learning;

    @GET
    public Profile me() {
        return accounts.callerProfile();
    }

    @GET
    @Path("enrolments")
    public Page<EnrolmentView> enrolments(
            @QueryParam("page") Integer page, @QueryParam("size") Integer size, @QueryParam("sort") String sort) {
        return learning.myEnrolments(ApiRequests.page(page, size, sort));
    }

    @POST
    @Path("enrolments")
    @Consumes(MediaType.APPLICATION_JSON)
    public EnrolmentView enrol(String body) {
        return learning.enrol(ApiRequests.body(body, EnrolmentRequest.class).course());
    }

    @POST
    @Path("progress")
    @Consumes(MediaType.APPLICATION_JSON)
    public EnrolmentView progress(String body) {
        ProgressRequest request = ApiRequests.body(body, ProgressRequest.class);
        return learning.markDone(request.course(), request.lesson());
    }
}
