package vn.langso.sessions.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import vn.langso.kernel.LocalDates;

/**
 * How many village sessions were held in a set of units, as another component counts them (coverage): not cancelled,
 * and begun by now. PermitAll: it answers for the units the asking boundary decided the caller may see.
 */
@Stateless
@PermitAll
public class SessionsHeld {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** Sessions held in the units from the first day to the last, both included. */
    public long in(Collection<Long> unitIds, LocalDate from, LocalDate to) {
        if (unitIds.isEmpty()) {
            return 0;
        }
        Number held = (Number) em.createNativeQuery("select count(*) from session_occurrence where unit_id in (:units)"
                        + " and status = 'SCHEDULED' and starts_at >= :from and starts_at < :to and starts_at < :now")
                .setParameter("units", unitIds)
                .setParameter("from", from.atStartOfDay())
                .setParameter("to", to.plusDays(1).atStartOfDay())
                .setParameter("now", LocalDates.nowInVietnam(clock))
                .getSingleResult();
        return held.longValue();
    }
}
