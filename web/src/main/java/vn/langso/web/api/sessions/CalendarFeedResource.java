package vn.langso.web.api.sessions;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import vn.langso.kernel.NotFoundException;
import vn.langso.sessions.boundary.CalendarFeeds;
import vn.langso.web.i18n.Text;

/**
 * {@code GET /api/v1/calendar/{token}.ics}, open without signing in (a phone's calendar subscribes to it): the
 * sessions of the member whose private link it is. An unknown or ended link answers 404 like any unknown address.
 */
@Path("calendar")
public class CalendarFeedResource {

    static final String TEXT_CALENDAR = "text/calendar; charset=UTF-8";

    @Inject
    CalendarFeeds feeds;

    @GET
    @Path("{token:[A-Za-z0-9_-]{20,100}}.ics")
    @Produces(TEXT_CALENDAR)
    public Response feed(@PathParam("token") String token) {
        // A calendar app sends no language worth following: the feed speaks LangSo's first language.
        String name = Text.forLocale(Locale.forLanguageTag("vi")).getString("sessions.feed.calendarName");
        String ics = feeds.ics(token, name).orElseThrow(NotFoundException::new);
        return Response.ok(ics, TEXT_CALENDAR)
                .header("Cache-Control", "private, max-age=900")
                .header("Content-Disposition", "inline; filename=\"langso.ics\"")
                .build();
    }
}
