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
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.List;
import vn.langso.kernel.LocalDates;
import vn.langso.sessions.control.OccurrencePlanner;
import vn.langso.sessions.control.ReminderPlanner;
import vn.langso.sessions.entity.SessionSeries;

/**
 * Keeps every repeating series planned {@link Sessions#HORIZON} ahead: the rows of the sessions that came into the
 * horizon since the last run, with their reminders. Each series in its own transaction, its row locked, so two runs
 * at once plan each session once.
 *
 * <p>A series that fell behind is planned a week past the horizon, so a run touches a series about once a week
 * rather than every run; the ones furthest behind go first, at most a hundred and half a second's worth per run, so
 * a province's series, all falling behind on the same day (or all scheduled at once), are spread over the runs of an
 * hour instead of making one run slow. Nothing is late for it: the horizon is months ahead.
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

    static final Period SLACK = Period.ofDays(7);
    static final int MOST_SERIES_PER_RUN = 100;
    static final Duration TIME_PER_RUN = Duration.ofMillis(500);

    /** How many sessions were added. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int extendAll() {
        LocalDateTime horizon = LocalDates.nowInVietnam(clock).plus(Sessions.HORIZON);
        List<Long> behind = em.createQuery(
                        "select s.id from SessionSeries s where s.rrule is not null and s.plannedUntil < :horizon"
                                + " order by s.plannedUntil, s.id",
                        Long.class)
                .setParameter("horizon", horizon)
                .setMaxResults(MOST_SERIES_PER_RUN)
                .getResultList();
        SessionHorizon self = session.getBusinessObject(SessionHorizon.class);
        int added = 0;
        long deadline = System.nanoTime() + TIME_PER_RUN.toNanos();
        for (int i = 0; i < behind.size() && System.nanoTime() < deadline; i++) {
            added += self.extend(behind.get(i), horizon.plus(SLACK));
        }
        return added;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int extend(long seriesId, LocalDateTime horizon) {
        SessionSeries series = em.find(SessionSeries.class, seriesId, LockModeType.PESSIMISTIC_WRITE);
        if (series == null) {
            return 0; // changed "this and following" from its first session since the list was read: gone
        }
        LocalDateTime now = LocalDates.nowInVietnam(clock);
        // Sessions already begun, planned late, are not reminded of.
        LocalDateTime from = series.getPlannedUntil().isAfter(now) ? series.getPlannedUntil() : now;
        int added = occurrences.extend(series, horizon);
        if (added > 0) {
            reminders.planFor(seriesId, from, now);
        }
        return added;
    }
}
