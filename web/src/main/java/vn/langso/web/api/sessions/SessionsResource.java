package vn.langso.web.api.sessions;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import vn.langso.kernel.InvalidInputException;
import vn.langso.sessions.boundary.AttendanceBook;
import vn.langso.sessions.boundary.AttendanceView;
import vn.langso.sessions.boundary.CalendarFilter;
import vn.langso.sessions.boundary.OccurrenceView;
import vn.langso.sessions.boundary.SeriesView;
import vn.langso.sessions.boundary.Sessions;
import vn.langso.web.api.ApiRequests;

/**
 * {@code GET /api/v1/sessions?from=YYYY-MM-DD&to=YYYY-MM-DD&unit=ID&team=ID&facilitator=ID}: the village sessions of
 * the caller's area (narrowed to a unit's subtree, a team's series, a member's sessions when asked) starting from the
 * first day to the last, both included, earliest first; at most 92 days.
 * {@code GET /api/v1/sessions/{id}}: one; {@code GET /api/v1/sessions/series/{id}}: a series (its rule, its
 * facilitators); {@code GET /api/v1/sessions/{id}/attendance}: who came to it.
 * {@code GET /api/v1/sessions/to-record}: the sessions whose attendance the caller records, a week back to two ahead.
 */
@Path("sessions")
@Produces(MediaType.APPLICATION_JSON)
public class SessionsResource {

    static final int LONGEST_RANGE_DAYS = 92;

    @Inject
    Sessions sessions;

    @Inject
    AttendanceBook attendance;

    @GET
    @Path("to-record")
    public List<OccurrenceView> toRecord() {
        return sessions.toRecord();
    }

    @GET
    @Path("{id:[0-9]+}")
    public OccurrenceView one(@PathParam("id") long id) {
        return sessions.occurrence(id);
    }

    @GET
    @Path("series/{id:[0-9]+}")
    public SeriesView series(@PathParam("id") long id) {
        return sessions.series(id);
    }

    @GET
    @Path("{id:[0-9]+}/attendance")
    public List<AttendanceView> attendance(@PathParam("id") long id) {
        return attendance.of(id);
    }

    @GET
    public List<OccurrenceView> between(
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("unit") Long unit,
            @QueryParam("team") Long team,
            @QueryParam("facilitator") Long facilitator) {
        LocalDate first = ApiRequests.day("from", from);
        LocalDate last = ApiRequests.day("to", to);
        if (first == null
                || last == null
                || last.isBefore(first)
                || first.plusDays(LONGEST_RANGE_DAYS).isBefore(last)) {
            throw new InvalidInputException("to", "sessions.api.range", LONGEST_RANGE_DAYS);
        }
        return sessions.between(
                new CalendarFilter(unit, team, facilitator),
                first.atStartOfDay(),
                last.plusDays(1).atStartOfDay());
    }
}
