package vn.langso.sessions.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import vn.langso.kernel.LocalDates;
import vn.langso.sessions.control.OccurrencePlanner;
import vn.langso.sessions.control.ReminderPlanner;
import vn.langso.sessions.entity.SessionSeries;

/**
 * Keeps every repeating series planned {@link Sessions#HORIZON} ahead: the rows of the sessions that came into the
 * horizon since the last run, with their reminders. Each series in its own transaction, its row locked, so two runs
 * at once plan each session once.
 */
@Stateless
@PermitAll
public class SessionHorizon {

    @PersistenceContext
    EntityManager em;

    @Inject
    OccurrencePlanner occurrences;

    @Inject
    ReminderPlanner reminders;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    /** How many sessions were added. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int extendAll() {
        LocalDateTime horizon = LocalDates.nowInVietnam(clock).plus(Sessions.HORIZON);
        List<Long> behind = em.createQuery(
                        "select s.id from SessionSeries s where s.rrule is not null and s.plannedUntil < :horizon",
                        Long.class)
                .setParameter("horizon", horizon)
                .getResultList();
        SessionHorizon self = session.getBusinessObject(SessionHorizon.class);
        int added = 0;
        for (long seriesId : behind) {
            added += self.extend(seriesId, horizon);
        }
        return added;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int extend(long seriesId, LocalDateTime horizon) {
        SessionSeries series = em.find(SessionSeries.class, seriesId, LockModeType.PESSIMISTIC_WRITE);
        LocalDateTime from = series.getPlannedUntil();
        int added = occurrences.extend(series, horizon);
        if (added > 0) {
            reminders.planFor(seriesId, from, LocalDates.nowInVietnam(clock));
        }
        return added;
    }
}
