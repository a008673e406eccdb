package vn.langso.sessions.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.langso.accounts.boundary.CallerContext;
import vn.langso.kernel.LockConflicts;
import vn.langso.kernel.NotFoundException;
import vn.langso.org.boundary.OrgDirectory;
import vn.langso.sessions.control.SessionRights;
import vn.langso.sessions.entity.Attendance;
import vn.langso.sessions.entity.OccurrenceStatus;
import vn.langso.sessions.entity.SessionOccurrence;
import vn.langso.visits.boundary.Households;

/**
 * Who came to village sessions, recorded exactly once: {@link #put} stores an attendance under the UUID its phone
 * made, so a resend after a lost answer stores nothing twice, and a household or member counts once per session.
 */
@Stateless
@RolesAllowed({"ADMIN", "TRAINER", "COORDINATOR", "TEAM_LEADER", "MEMBER"})
public class AttendanceBook {

    /** Runs of a put that lost a race for its id or a lock before the failure is the answer. */
    static final int RUNS = 3;

    @PersistenceContext
    EntityManager em;

    @Inject
    AttendanceRecorder recorder;

    @Inject
    Sessions sessions;

    @Inject
    CallerContext callers;

    @Inject
    SessionRights rights;

    @Inject
    Households households;

    @Inject
    OrgDirectory directory;

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public AttendanceWrite put(String attendanceId, AttendanceInput input) {
        for (int run = 1; ; run++) {
            try {
                return recorder.put(attendanceId, input);
            } catch (AttendanceRecorder.LostRaceForId lost) {
                if (run >= RUNS) {
                    throw lost;
                }
            } catch (EJBException failure) {
                if (run >= RUNS || !LockConflicts.isRetryable(failure)) {
                    throw failure;
                }
            }
        }
    }

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void remove(String attendanceId) {
        recorder.remove(attendanceId);
    }

    /** Whether the caller records who came to the session (its facilitator or scheduler) and it is still on. */
    public boolean mayRecord(long occurrenceId) {
        SessionOccurrence occurrence = em.find(SessionOccurrence.class, occurrenceId);
        return occurrence != null
                && occurrence.getStatus() == OccurrenceStatus.SCHEDULED
                && rights.mayRecordAttendance(callers.current(), occurrence.getSeries());
    }

    /** Who came to a session the caller sees or records, households first, each by name. */
    public List<AttendanceView> of(long occurrenceId) {
        SessionOccurrence occurrence = em.find(SessionOccurrence.class, occurrenceId);
        if (occurrence == null) {
            throw new NotFoundException();
        }
        if (!rights.mayRecordAttendance(callers.current(), occurrence.getSeries())) {
            sessions.occurrence(occurrenceId); // the caller's area, or 404
        }
        List<Attendance> rows = em.createQuery(
                        "select distinct a from Attendance a left join fetch a.residents"
                                + " where a.occurrenceId = :occurrence",
                        Attendance.class)
                .setParameter("occurrence", occurrenceId)
                .getResultList();
        Map<Long, String> householdNames = households.headNames(rows.stream()
                .map(Attendance::getHouseholdId)
                .filter(Objects::nonNull)
                .toList());
        Map<Long, String> memberNames = directory.memberNames(rows.stream()
                .map(Attendance::getMemberId)
                .filter(Objects::nonNull)
                .toList());
        return rows.stream()
                .map(a -> view(
                        a,
                        a.getHouseholdId() != null
                                ? householdNames.get(a.getHouseholdId())
                                : memberNames.get(a.getMemberId())))
                .sorted((a, b) -> a.householdId() == null && b.householdId() != null
                        ? 1
                        : a.householdId() != null && b.householdId() == null
                                ? -1
                                : String.CASE_INSENSITIVE_ORDER.compare(
                                        Objects.toString(a.name(), ""), Objects.toString(b.name(), "")))
                .toList();
    }

    static AttendanceView view(Attendance attendance, String name) {
        return new AttendanceView(
                attendance.getId(),
                attendance.getOccurrenceId(),
                attendance.getHouseholdId(),
                attendance.getMemberId(),
                name,
                attendance.getPeople(),
                attendance.getResidents().stream()
                        .map(r -> new AttendanceInput.Resident(r.getName(), r.getBirthYear()))
                        .toList());
    }
}
