package vn.langso.sessions.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import vn.langso.kernel.BasicDigitalSkill;
import vn.langso.kernel.OutreachService;

/**
 * The village sessions team members and households attended, as other components count them (a certification rule,
 * coverage). Read in the caller's transaction: what it has just recorded counts. PermitAll: it answers for whoever
 * the asking boundary decided, and shows residents' names only to the code that counts them.
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

    /**
     * The sessions the household attended, with locking reads: they see every committed attendance, not the
     * transaction's snapshot, so that a writer holding the household's coverage lock counts the one committed a moment
     * ago.
     */
    public List<HouseholdAttendance> ofHousehold(long householdId) {
        return householdAttendance("a.household_id = ?", List.of(householdId), " lock in share mode");
    }

    /** The sessions the households attended (a recount of their hamlet). */
    public List<HouseholdAttendance> ofHouseholds(Collection<Long> householdIds) {
        if (householdIds.isEmpty()) {
            return List.of();
        }
        String marks = String.join(", ", Collections.nCopies(householdIds.size(), "?"));
        return householdAttendance("a.household_id in (" + marks + ")", List.copyOf(householdIds), "");
    }

    /** How many households came to sessions, counted in the unit they were recorded in, per day of the session. */
    public Map<LocalDate, Integer> householdAttendancesPerDay(long unitId) {
        List<?> rows = em.createNativeQuery("select cast(o.starts_at as date), count(*) from session_attendance a"
                        + " join session_occurrence o on o.id = a.occurrence_id"
                        + " where a.unit_id = ? and a.household_id is not null and o.status = 'SCHEDULED'"
                        + " group by cast(o.starts_at as date)")
                .setParameter(1, unitId)
                .getResultList();
        Map<LocalDate, Integer> perDay = new TreeMap<>();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            perDay.put(((java.sql.Date) columns[0]).toLocalDate(), ((Number) columns[1]).intValue());
        }
        return perDay;
    }

    /**
     * The attendance rows are read with the locking given (see {@link #ofHousehold}), the sessions they point to with a
     * plain read: locking those too would share-lock the session row that an attendance write locks first, and the
     * two writes would wait for each other. A session's day and skills no longer change once someone attended it.
     */
    private List<HouseholdAttendance> householdAttendance(String condition, List<Long> parameters, String locking) {
        Query attended = em.createNativeQuery("select a.id, a.household_id, a.occurrence_id from session_attendance a"
                + " where " + condition + " order by a.id" + locking);
        Query residents = em.createNativeQuery("select r.attendance_id, r.name from session_attendance_resident r"
                + " join session_attendance a on a.id = r.attendance_id where " + condition + " order by r.position"
                + locking);
        for (int i = 0; i < parameters.size(); i++) {
            attended.setParameter(i + 1, parameters.get(i));
            residents.setParameter(i + 1, parameters.get(i));
        }
        Map<String, List<String>> names = new HashMap<>();
        for (Object row : residents.getResultList()) {
            Object[] columns = (Object[]) row;
            names.computeIfAbsent((String) columns[0], id -> new ArrayList<>()).add((String) columns[1]);
        }
        List<Object[]> rows = new ArrayList<>();
        for (Object row : attended.getResultList()) {
            rows.add((Object[]) row);
        }
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, Object[]> sessions = new HashMap<>();
        List<Long> occurrences = rows.stream()
                .map(row -> ((Number) row[2]).longValue())
                .distinct()
                .toList();
        for (Object row : em.createNativeQuery("select o.id, cast(o.starts_at as date), s.skills from"
                        + " session_occurrence o join session_series s on s.id = o.series_id"
                        + " where o.status = 'SCHEDULED' and o.id in (:occurrences)")
                .setParameter("occurrences", occurrences)
                .getResultList()) {
            Object[] columns = (Object[]) row;
            sessions.put(((Number) columns[0]).longValue(), columns);
        }
        List<HouseholdAttendance> found = new ArrayList<>();
        for (Object[] row : rows) {
            Object[] session = sessions.get(((Number) row[2]).longValue());
            if (session == null) {
                continue; // a cancelled session
            }
            String id = (String) row[0];
            found.add(new HouseholdAttendance(
                    id,
                    ((Number) row[1]).longValue(),
                    ((java.sql.Date) session[1]).toLocalDate(),
                    List.copyOf(names.getOrDefault(id, List.of())),
                    skills((String) session[2])));
        }
        found.sort(java.util.Comparator.comparing(HouseholdAttendance::day)
                .thenComparing(HouseholdAttendance::attendanceId));
        return found;
    }

    private static Set<BasicDigitalSkill> skills(String codes) {
        Set<BasicDigitalSkill> skills = EnumSet.noneOf(BasicDigitalSkill.class);
        if (codes != null && !codes.isBlank()) {
            Arrays.stream(codes.split(",")).map(BasicDigitalSkill::valueOf).forEach(skills::add);
        }
        return Set.copyOf(skills);
    }
}
