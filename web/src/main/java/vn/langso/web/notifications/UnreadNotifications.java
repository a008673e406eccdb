package vn.langso.web.notifications;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.langso.notifications.boundary.Notifications;

/** The header's unread count, read once a request (the header shows on every page). */
@Named
@RequestScoped
public class UnreadNotifications {

    @Inject
    Notifications notifications;

    private Long count;

    public long getCount() {
        if (count == null) {
            count = notifications.unreadCount();
        }
        return count;
    }

    void forget() {
        count = null;
    }
}
