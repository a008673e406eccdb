package vn.langso.web.sessions;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import vn.langso.sessions.boundary.CalendarFeeds;
import vn.langso.web.faces.Requests;
import vn.langso.web.i18n.Messages;
import vn.langso.web.security.PublicUrl;

/** The private calendar link dialog of the sessions calendar: make a new link (shown once) or end it. */
@Named
@ViewScoped
public class CalendarFeedBacking implements Serializable {

    @Inject
    CalendarFeeds feeds;

    private String link;
    private LocalDateTime activeSince;
    private boolean loaded;

    public void load() {
        link = null;
        activeSince = feeds.activeSince().orElse(null);
        loaded = true;
    }

    public void renew() {
        String token = feeds.renew();
        link = PublicUrl.base(Requests.current()) + "/api/v1/calendar/" + token + ".ics";
        activeSince = feeds.activeSince().orElse(null);
        Messages.info("sessions.feed.renewed");
    }

    public void revoke() {
        feeds.revoke();
        link = null;
        activeSince = null;
        Messages.info("sessions.feed.revoked");
    }

    public boolean isAvailable() {
        return feeds.available();
    }

    public String getLink() {
        return link;
    }

    public LocalDateTime getActiveSince() {
        if (!loaded) {
            load();
        }
        return activeSince;
    }
}
