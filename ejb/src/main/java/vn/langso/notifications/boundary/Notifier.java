package vn.langso.notifications.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import vn.langso.notifications.control.MessageArgs;
import vn.langso.notifications.control.NotificationCreated;

/**
 * Raises a notification at most once per dedupe key. The insert skips a row whose key exists: a second call, a
 * concurrent one (it waits on the unique index until the first commits) or one from another node creates nothing.
 * Runs in the caller's transaction; only a new row is e-mailed, after that transaction commits.
 *
 * <p>{@code INSERT IGNORE} rather than {@code ON DUPLICATE KEY UPDATE}: Connector/J reports found rows by default,
 * so the latter counts 1 for a skipped row as for a new one. IGNORE would also truncate an overlong value or skip a
 * missing member quietly; the lengths are checked here first, and a missing member has no one to notify anyway.
 */
@Dependent
public class Notifier {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Event<NotificationCreated> created;

    /** Whether the notification is new. */
    public boolean notifyOnce(long memberId, String dedupeKey, String messageKey, List<String> args, String link) {
        // IGNORE would store a null as an empty text.
        Objects.requireNonNull(dedupeKey, "dedupe key");
        Objects.requireNonNull(messageKey, "message key");
        fits(dedupeKey, 150, "dedupe key");
        fits(messageKey, 100, "message key");
        fits(link, 300, "link");
        int inserted = em.createNativeQuery("insert ignore into notification"
                        + " (member_id, dedupe_key, message_key, message_args, link, created_at)"
                        + " values (?, ?, ?, ?, ?, ?)")
                .setParameter(1, memberId)
                .setParameter(2, dedupeKey)
                .setParameter(3, messageKey)
                .setParameter(4, MessageArgs.join(args))
                .setParameter(5, link)
                .setParameter(6, LocalDateTime.now(clock))
                .executeUpdate();
        if (inserted != 1) {
            return false;
        }
        Number id = (Number) em.createNativeQuery("select id from notification where dedupe_key = ?")
                .setParameter(1, dedupeKey)
                .getSingleResult();
        created.fire(new NotificationCreated(id.longValue()));
        return true;
    }

    private static void fits(String value, int length, String what) {
        if (value != null && value.length() > length) {
            throw new IllegalArgumentException("A notification's " + what + " holds at most " + length + " characters");
        }
    }
}
