package vn.langso.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import vn.langso.scheduling.boundary.ScheduledJobs;

/**
 * {@code POST /api/v1/jobs/{name}/runs}, for an admin: runs a scheduled job now, as the jobs page's button does
 * (202: it runs on a scheduler thread of some node; its run appears in the job's history). For operators' scripts
 * and the benchmarks.
 */
@Path("jobs")
public class JobsResource {

    @Inject
    ScheduledJobs jobs;

    @POST
    @Path("{name}/runs")
    public Response runNow(@PathParam("name") String name) {
        jobs.runNow(name);
        return Response.accepted().build();
    }
}
