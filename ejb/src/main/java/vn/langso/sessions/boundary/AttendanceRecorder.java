package vn.langso.sessions.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.ApplicationException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import vn.langso.accounts.boundary.Caller;
import vn.langso.accounts.boundary.CallerContext;
import vn.langso.kernel.BodyDigest;
import vn.langso.kernel.ClientIds;
import vn.langso.kernel.ConflictException;
import vn.langso.kernel.InvalidInputException;
import vn.langso.kernel.LocalDates;
import vn.langso.kernel.NotFoundException;
import vn.langso.kernel.UniqueInsert;
import vn.langso.org.boundary.OrgDirectory;
import vn.langso.sessions.control.SessionRights;
import vn.langso.sessions.entity.Attendance;
import vn.langso.sessions.entity.Attendee;
import vn.langso.sessions.entity.OccurrenceStatus;
import vn.langso.sessions.entity.SessionOccurrence;
import vn.langso.visits.boundary.HouseholdView;
import vn.langso.visits.boundary.Households;
import vn.langso.visits.boundary.VisitRecords;

/**
 * One try at storing who came to a session, in a transaction of its own (see {@link AttendanceBook#put}). Every write
 * of a session's attendance first locks the session's row: the capacity check and the counters kept on it then see
 * every other write of that session, committed.
 */
@Stateless
@RolesAllowed({"ADMIN", "TRAINER", "COORDINATOR", "TEAM_LEADER", "MEMBER"})
public class AttendanceRecorder {

    /** Attendance is taken from an hour before the start (people come early) until a week after the end. */
    static final int OPENS_MINUTES_BEFORE = 60;

    static final int CLOSES_DAYS_AFTER = 7;
    static final int MOST_RESIDENTS = 30;
    static final int NAME_LENGTH = 120;

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerContext callers;

    @Inject
    SessionRights rights;

    @Inject
    Households households;

    @Inject
    OrgDirectory directory;

    @Inject
    Clock clock;

    @Inject
    Event<MemberAttended> memberAttended;

    @Inject
    Event<HouseholdAttendanceChanged> householdAttendance;

    @Inject
    VisitRecords visitRecords;

    /** Another request stored this UUID between the look-up and the insert; the whole try runs again. */
    @ApplicationException(rollback = true)
    static class LostRaceForId extends RuntimeException {
        private static final long serialVersionUID = 1L;

        LostRaceForId(Throwable cause) {
            super(cause);
        }
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public AttendanceWrite put(String attendanceId, AttendanceInput input) {
        String id = ClientIds.require("id", attendanceId);
        if (input == null) {
            throw new InvalidInputException("occurrenceId", "attendance.session");
        }
        Caller caller = callers.current();
        return write(id, input, recordable(input.occurrenceId(), caller), caller.accountId());
    }

    /**
     * A team member checks himself in at a session (the code its screen shows was checked by the caller). The id is
     * made from the session and the member, so checking in twice, or after the facilitator recorded him, stores
     * nothing more.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public AttendanceWrite checkIn(long occurrenceId, long memberId, long accountId) {
        SessionOccurrence occurrence = open(occurrenceId);
        List<Attendance> recorded = em.createQuery(
                        "select a from Attendance a where a.occurrenceId = :occurrence and a.memberId = :member",
                        Attendance.class)
                .setParameter("occurrence", occurrenceId)
                .setParameter("member", memberId)
                .getResultList();
        if (!recorded.isEmpty()) {
            String name = directory.memberNames(Set.of(memberId)).get(memberId);
            return new AttendanceWrite(AttendanceBook.view(recorded.get(0), name), false);
        }
        String id = UUID.nameUUIDFromBytes(
                        ("check-in:" + occurrenceId + ":" + memberId).getBytes(StandardCharsets.UTF_8))
                .toString();
        return write(id, new AttendanceInput(occurrenceId, null, null, memberId, List.of()), occurrence, accountId);
    }

    private AttendanceWrite write(String id, AttendanceInput input, SessionOccurrence occurrence, long recordedBy) {
        Who who = who(input, occurrence);
        List<Attendee> residents = residents(input, who);
        String digest = BodyDigest.of(input.content());
        LocalDateTime now = LocalDateTime.now(clock);

        Attendance stored = em.find(Attendance.class, id);
        if (stored != null && stored.getBodyHash().equals(digest)) {
            return new AttendanceWrite(AttendanceBook.view(stored, who.name()), false);
        }
        if (stored != null && stored.getOccurrenceId() != occurrence.getId()) {
            throw new ConflictException("attendance.idTaken");
        }
        requireNotRecordedUnderOtherId(id, occurrence.getId(), who);
        int people = Math.max(1, residents.size());
        int peopleBefore = stored == null ? 0 : stored.getPeople();
        Integer capacity = occurrence.getSeries().getCapacity();
        if (capacity != null && occurrence.getPeopleAttended() - peopleBefore + people > capacity) {
            throw new ConflictException("attendance.full", capacity);
        }
        boolean created = stored == null;
        Long previousHousehold = created ? null : stored.getHouseholdId();
        Long previousUnit = previousHousehold == null ? null : stored.getUnitId();
        holdHouseholds(who.householdId(), previousHousehold);
        Attendance attendance = created ? new Attendance(id, occurrence.getId(), recordedBy, now) : stored;
        attendance.record(who.householdId(), who.memberId(), who.unitId(), residents, digest, now);
        try {
            if (created) {
                em.persist(attendance);
            }
            em.flush();
        } catch (PersistenceException refused) {
            if (created && UniqueInsert.isDuplicateKey(refused)) {
                throw new LostRaceForId(refused);
            }
            throw refused;
        }
        occurrence.attendanceChanged(people - peopleBefore, created && who.householdId() != null ? 1 : 0);
        if (who.householdId() != null || previousHousehold != null) {
            householdAttendance.fire(new HouseholdAttendanceChanged(
                    id,
                    occurrence.getStartsAt().toLocalDate(),
                    who.householdId(),
                    who.householdId() == null ? null : who.unitId(),
                    previousHousehold,
                    previousUnit));
        }
        if (created && who.memberId() != null) {
            memberAttended.fire(new MemberAttended(who.memberId(), occurrence.getId()));
        }
        return new AttendanceWrite(AttendanceBook.view(attendance, who.name()), created);
    }

    /** Takes back an attendance recorded by mistake; gone already is fine (a resend of the delete). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void remove(String attendanceId) {
        String id = ClientIds.require("id", attendanceId);
        Attendance stored = em.find(Attendance.class, id);
        if (stored == null) {
            return;
        }
        SessionOccurrence occurrence = recordable(stored.getOccurrenceId(), callers.current());
        em.refresh(stored);
        holdHouseholds(stored.getHouseholdId(), null);
        occurrence.attendanceChanged(-stored.getPeople(), stored.getHouseholdId() != null ? -1 : 0);
        em.remove(stored);
        if (stored.getHouseholdId() != null) {
            em.flush();
            householdAttendance.fire(new HouseholdAttendanceChanged(
                    id,
                    occurrence.getStartsAt().toLocalDate(),
                    null,
                    null,
                    stored.getHouseholdId(),
                    stored.getUnitId()));
        }
    }

    /** A household's attendance waits for, and holds off, the household's other writes (see VisitRecords). */
    private void holdHouseholds(Long household, Long previousHousehold) {
        List<Long> ids = java.util.stream.Stream.of(household, previousHousehold)
                .filter(java.util.Objects::nonNull)
                .toList();
        if (!ids.isEmpty()) {
            visitRecords.holdForWrite(ids);
        }
    }

    /** The session, locked, if the caller may record who came and it is open for that now. */
    private SessionOccurrence recordable(long occurrenceId, Caller caller) {
        SessionOccurrence occurrence = open(occurrenceId);
        if (!rights.mayRecordAttendance(caller, occurrence.getSeries())) {
            throw new NotFoundException();
        }
        return occurrence;
    }

    /** The session, locked, if it is open for attendance now: not cancelled, from an hour before to a week after. */
    private SessionOccurrence open(long occurrenceId) {
        SessionOccurrence occurrence = em.find(SessionOccurrence.class, occurrenceId, LockModeType.PESSIMISTIC_WRITE);
        if (occurrence == null) {
            throw new NotFoundException();
        }
        if (occurrence.getStatus() == OccurrenceStatus.CANCELLED) {
            throw new ConflictException("sessions.cancelled");
        }
        LocalDateTime now = LocalDates.nowInVietnam(clock);
        if (now.isBefore(occurrence.getStartsAt().minusMinutes(OPENS_MINUTES_BEFORE))) {
            throw new ConflictException("attendance.notYet");
        }
        if (now.isAfter(occurrence.getEndsAt().plusDays(CLOSES_DAYS_AFTER))) {
            throw new ConflictException("attendance.closed", CLOSES_DAYS_AFTER);
        }
        return occurrence;
    }

    /** The household or member named, with the unit the attendance counts in. */
    private record Who(Long householdId, Long memberId, long unitId, String name) {}

    private Who who(AttendanceInput input, SessionOccurrence occurrence) {
        boolean household = input.householdId() != null
                || (input.householdClientId() != null
                        && !input.householdClientId().isBlank());
        if (household == (input.memberId() != null)) {
            throw new InvalidInputException("householdId", "attendance.householdOrMember");
        }
        if (input.memberId() != null) {
            String name = directory.memberNames(Set.of(input.memberId())).get(input.memberId());
            if (name == null) {
                throw new InvalidInputException("memberId", "attendance.memberUnknown");
            }
            return new Who(null, input.memberId(), occurrence.getUnitId(), name);
        }
        HouseholdView found = input.householdId() != null
                ? households.find(input.householdId())
                : households.findByClientId(input.householdClientId());
        return new Who(found.id(), null, found.unitId(), found.headName());
    }

    private List<Attendee> residents(AttendanceInput input, Who who) {
        if (who.memberId() != null) {
            if (!input.residents().isEmpty()) {
                throw new InvalidInputException("residents", "attendance.memberHasNoResidents");
            }
            return List.of();
        }
        if (input.residents().isEmpty() || input.residents().size() > MOST_RESIDENTS) {
            throw new InvalidInputException("residents", "attendance.residents", MOST_RESIDENTS);
        }
        int thisYear = LocalDates.today(clock).getYear();
        return input.residents().stream()
                .map(resident -> {
                    if (resident == null
                            || resident.name() == null
                            || resident.name().isBlank()
                            || resident.name().strip().length() > NAME_LENGTH) {
                        throw new InvalidInputException("residents", "attendance.residentName", NAME_LENGTH);
                    }
                    if (resident.birthYear() != null
                            && (resident.birthYear() < 1900 || resident.birthYear() > thisYear)) {
                        throw new InvalidInputException("residents", "attendance.birthYear");
                    }
                    return new Attendee(resident.name().strip(), resident.birthYear());
                })
                .toList();
    }

    private void requireNotRecordedUnderOtherId(String id, long occurrenceId, Who who) {
        List<String> others = em.createQuery(
                        "select a.id from Attendance a where a.occurrenceId = :occurrence and a.id <> :id and"
                                + (who.householdId() != null ? " a.householdId = :who" : " a.memberId = :who"),
                        String.class)
                .setParameter("occurrence", occurrenceId)
                .setParameter("id", id)
                .setParameter("who", who.householdId() != null ? who.householdId() : who.memberId())
                .getResultList();
        if (!others.isEmpty()) {
            throw new ConflictException("attendance.alreadyRecorded", who.name());
        }
    }
}
