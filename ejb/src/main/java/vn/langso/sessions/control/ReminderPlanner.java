package vn.langso.sessions.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.LocalDateTime;

/**
 * The reminders of the facilitators as rows: one a day before and one an hour before each scheduled session. Written
 * with the occurrences, moved with them, dropped with a cancelled one; the sweep sends what is due.
 */
@Dependent
public class ReminderPlanner {

    /** When each kind of reminder falls, as SQL on the occurrence's start. */
    private static final String DUE = "case k.kind when 'DAY_BEFORE' then o.starts_at - interval 1 day"
            + " else o.starts_at - interval 1 hour end";

    /**
     * The reminders of the scheduled sessions a where-clause continues to choose: each facilitator, each kind, once.
     * Written here only, also for the demo's sessions.
     */
    public static final String INSERT_FOR_SCHEDULED = "insert ignore into session_reminder"
            + " (occurrence_id, member_id, kind, due_at) select o.id, f.member_id, k.kind, " + DUE
            + " from session_occurrence o join session_facilitator f on f.series_id = o.series_id"
            + " cross join (select 'DAY_BEFORE' as kind union all select 'HOUR_BEFORE') k"
            + " where o.status = 'SCHEDULED'";

    /** A session less than a day away has no day-before reminder: it would say "tomorrow". */
    private static final String NOT_TOO_LATE = " and (k.kind = 'HOUR_BEFORE' or o.starts_at - interval 1 day > ?)";

    @PersistenceContext
    EntityManager em;

    /**
     * Reminders for the series' scheduled sessions starting from then, each facilitator each kind, once. A session
     * less than a day away has no day-before reminder (it would say "tomorrow"); its hour-before one is still sent.
     */
    public int planFor(long seriesId, LocalDateTime from, LocalDateTime now) {
        return em.createNativeQuery(INSERT_FOR_SCHEDULED + " and o.series_id = ? and o.starts_at >= ?" + NOT_TOO_LATE)
                .setParameter(1, seriesId)
                .setParameter(2, Timestamp.valueOf(from))
                .setParameter(3, Timestamp.valueOf(now))
                .executeUpdate();
    }

    /** A moved session is reminded again, at its new time, even where the old reminder went out. */
    public void moved(long occurrenceId, LocalDateTime now) {
        em.createNativeQuery("delete from session_reminder where occurrence_id = ?")
                .setParameter(1, occurrenceId)
                .executeUpdate();
        em.createNativeQuery(INSERT_FOR_SCHEDULED + " and o.id = ?" + NOT_TOO_LATE)
                .setParameter(1, occurrenceId)
                .setParameter(2, Timestamp.valueOf(now))
                .executeUpdate();
    }

    /** A cancelled session is not reminded (its facilitators are told of the cancellation instead). */
    public void cancelled(long occurrenceId) {
        em.createNativeQuery("delete from session_reminder where occurrence_id = ? and sent_at is null")
                .setParameter(1, occurrenceId)
                .executeUpdate();
    }
}
