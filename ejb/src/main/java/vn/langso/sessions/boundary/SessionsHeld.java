package vn.langso.sessions.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    /** Sessions held from the first day to the last, both included, per unit (units without any left out). */
    public Map<Long, Long> in(Collection<Long> unitIds, LocalDate from, LocalDate to) {
        if (unitIds.isEmpty()) {
            return Map.of();
        }
        List<?> rows = em.createNativeQuery("select unit_id, count(*) from session_occurrence where unit_id in (:units)"
                        + " and status = 'SCHEDULED' and starts_at >= :from and starts_at < :to and starts_at < :now"
                        + " group by unit_id")
                .setParameter("units", unitIds)
                .setParameter("from", from.atStartOfDay())
                .setParameter("to", to.plusDays(1).atStartOfDay())
                .setParameter("now", LocalDates.nowInVietnam(clock))
                .getResultList();
        Map<Long, Long> held = new HashMap<>();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            held.put(((Number) columns[0]).longValue(), ((Number) columns[1]).longValue());
        }
        return held;
    }
}
