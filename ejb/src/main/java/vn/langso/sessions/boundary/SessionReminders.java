package vn.langso.sessions.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import vn.langso.kernel.LocalDates;
import vn.langso.notifications.boundary.Notifier;

/**
 * Sends the facilitators' reminders that are due: each in its own transaction, the reminder's row locked and marked
 * sent in it, so that a sweep run twice or on two nodes at once sends each reminder once. A reminder whose session has
 * begun is dropped unsent. The notification's dedupe key carries the due time, so a moved session is reminded again.
 */
@Stateless
@PermitAll
public class SessionReminders {

    public static final String DAY_BEFORE_KEY = "notifications.sessionTomorrow";
    public static final String HOUR_BEFORE_KEY = "notifications.sessionSoon";
    public static final String LINK = "/sessions/calendar.xhtml";

    static final int MOST_PER_RUN = 2000;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    @PersistenceContext
    EntityManager em;

    @Inject
    Notifier notifier;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    /** How many reminders this run sent. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int sendDue() {
        LocalDateTime now = LocalDates.nowInVietnam(clock);
        List<?> due = em.createNativeQuery("select id from session_reminder where sent_at is null and due_at <= ?"
                        + " order by due_at, id")
                .setParameter(1, Timestamp.valueOf(now))
                .setMaxResults(MOST_PER_RUN)
                .getResultList();
        SessionReminders self = session.getBusinessObject(SessionReminders.class);
        int sent = 0;
        for (Object id : due) {
            if (self.send(((Number) id).longValue(), now)) {
                sent++;
            }
        }
        return sent;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean send(long reminderId, LocalDateTime now) {
        // Only the reminder's own row is locked: moving or cancelling a session locks the session first, then its
        // reminders, and a lock taken here on the session too could wait for them in a circle.
        List<?> reminder = em.createNativeQuery("select member_id, kind, due_at, occurrence_id from session_reminder"
                        + " where id = ? and sent_at is null for update")
                .setParameter(1, reminderId)
                .getResultList();
        if (reminder.isEmpty()) {
            return false;
        }
        Object[] row = (Object[]) reminder.get(0);
        List<?> occurrence = em.createNativeQuery("select o.starts_at, s.title, s.place from session_occurrence o"
                        + " join session_series s on s.id = o.series_id where o.id = ? and o.status = 'SCHEDULED'")
                .setParameter(1, ((Number) row[3]).longValue())
                .getResultList();
        boolean notified = false;
        if (!occurrence.isEmpty()) {
            Object[] session = (Object[]) occurrence.get(0);
            LocalDateTime startsAt = ((Timestamp) session[0]).toLocalDateTime();
            notified = startsAt.isAfter(now)
                    && notifier.notifyOnce(
                            ((Number) row[0]).longValue(),
                            "session-reminder:" + reminderId + ":" + ((Timestamp) row[2]).toLocalDateTime(),
                            "DAY_BEFORE".equals(row[1]) ? DAY_BEFORE_KEY : HOUR_BEFORE_KEY,
                            List.of((String) session[1], WHEN.format(startsAt), (String) session[2]),
                            LINK);
        }
        em.createNativeQuery("update session_reminder set sent_at = ? where id = ?")
                .setParameter(1, Timestamp.valueOf(now))
                .setParameter(2, reminderId)
                .executeUpdate();
        return notified;
    }
}
