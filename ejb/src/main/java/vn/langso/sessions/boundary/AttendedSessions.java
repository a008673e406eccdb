package vn.langso.sessions.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import vn.langso.kernel.OutreachService;

/**
 * The village sessions team members attended, as another component counts them (a certification rule). Read in the
 * caller's transaction: what it has just recorded counts. PermitAll: it answers for whoever the asking boundary
 * decided, and names no one.
 */
@Stateless
@PermitAll
public class AttendedSessions {

    /** A session attended: when the member was recorded there, and the services it taught. */
    public record Attended(LocalDateTime recordedAt, Set<OutreachService> services) {}

    @PersistenceContext
    EntityManager em;

    /** The sessions the member attended that were not cancelled. */
    public List<Attended> by(long memberId) {
        List<?> rows = em.createNativeQuery("select a.recorded_at, s.services from session_attendance a"
                        + " join session_occurrence o on o.id = a.occurrence_id"
                        + " join session_series s on s.id = o.series_id"
                        + " where a.member_id = ? and o.status = 'SCHEDULED'")
                .setParameter(1, memberId)
                .getResultList();
        return rows.stream()
                .map(row -> (Object[]) row)
                .map(row -> new Attended(
                        ((Timestamp) row[0]).toLocalDateTime(),
                        Arrays.stream(((String) row[1]).split(","))
                                .map(OutreachService::valueOf)
                                .collect(Collectors.toUnmodifiableSet())))
                .toList();
    }

    /** The members recorded at any session teaching the service: who a catch-up run has to look at. */
    public List<Long> membersWhoAttended(OutreachService service) {
        List<?> ids = em.createNativeQuery("select distinct a.member_id from session_attendance a"
                        + " join session_occurrence o on o.id = a.occurrence_id"
                        + " join session_series s on s.id = o.series_id"
                        + " where a.member_id is not null and o.status = 'SCHEDULED'"
                        + " and find_in_set(?, s.services) > 0")
                .setParameter(1, service.name())
                .getResultList();
        return ids.stream().map(id -> ((Number) id).longValue()).toList();
    }
}
