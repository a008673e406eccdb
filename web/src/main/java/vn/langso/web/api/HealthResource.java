package vn.langso.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.langso.platform.boundary.Health;
import vn.langso.platform.boundary.HealthReport;

/**
 * {@code GET /api/v1/health}, open to anyone: 200 when this server can work, 503 when it cannot. It says what a load
 * balancer or an operator needs (database, schema, scheduler, version) and nothing about the machine: no host or
 * scheduler instance names, no error messages (those are in the server's log).
 */
@Path("health")
public class HealthResource {

    @Inject
    Health health;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response check() {
        HealthReport report = health.check();
        return Response.status(report.healthy() ? Response.Status.OK : Response.Status.SERVICE_UNAVAILABLE)
                .entity(HealthJson.of(report))
                .build();
    }

    public record HealthJson(String status, Database database, Scheduler scheduler, String version) {

        public record Database(boolean reachable, String schemaVersion) {}

        public record Scheduler(boolean started, boolean clustered) {}

        static HealthJson of(HealthReport report) {
            return new HealthJson(
                    report.healthy() ? "UP" : "DOWN",
                    new Database(report.databaseReachable(), report.schemaVersion()),
                    new Scheduler(
                            report.scheduler().started(), report.scheduler().clustered()),
                    report.applicationVersion());
        }
    }
}
