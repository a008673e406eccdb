package vn.langso.web.notifications;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.MissingResourceException;
import vn.langso.notifications.boundary.NotificationView;
import vn.langso.notifications.boundary.Notifications;
import vn.langso.web.faces.PagedModel;
import vn.langso.web.i18n.Messages;

/** The signed-in member's notifications, newest first, unread ones marked; "mark all read". */
@Named
@ViewScoped
public class NotificationsBacking implements Serializable {

    @Inject
    Notifications notifications;

    @Inject
    UnreadNotifications unread;

    private final PagedModel<NotificationView> list =
            new PagedModel<>(request -> notifications.mine(request), NotificationView::id);

    public void markAllRead() {
        int marked = notifications.markAllRead();
        unread.forget();
        Messages.info("notifications.markedRead", marked);
    }

    /** The notification's sentence in the reader's language; an unknown key (an older build's) shows as itself. */
    public String text(NotificationView notification) {
        try {
            return Messages.text(notification.messageKey(), notification.args().toArray());
        } catch (MissingResourceException e) {
            return notification.messageKey();
        }
    }

    public PagedModel<NotificationView> getList() {
        return list;
    }
}
