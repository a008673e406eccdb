package vn.langso.notifications.boundary;

import java.time.LocalDateTime;
import java.util.List;

/** A notification for its reader: the text key and its arguments, the page it points to, when (UTC), read or not. */
public record NotificationView(
        long id, String messageKey, List<String> args, String link, LocalDateTime createdAt, boolean unread) {}
