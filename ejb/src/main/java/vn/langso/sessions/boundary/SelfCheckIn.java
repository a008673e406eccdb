package vn.langso.sessions.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import vn.langso.accounts.boundary.Caller;
import vn.langso.accounts.boundary.CallerContext;
import vn.langso.kernel.ConflictException;
import vn.langso.kernel.InvalidInputException;
import vn.langso.kernel.LocalDates;
import vn.langso.kernel.NotFoundException;
import vn.langso.kernel.SecretTokens;
import vn.langso.org.boundary.OrgDirectory;
import vn.langso.sessions.control.CheckInAttempts;
import vn.langso.sessions.control.CheckInCodes;
import vn.langso.sessions.control.SessionRights;
import vn.langso.sessions.entity.OccurrenceStatus;
import vn.langso.sessions.entity.SessionOccurrence;

/**
 * Self check-in of team members at a session, as an alternative to the facilitator ticking them: whoever records the
 * session's attendance shows a code that changes every 30 seconds (as a QR code to scan, and six digits to type);
 * a member who gives it while the session is on is recorded as attending, once. The code proves being in the room.
 */
@Stateless
@RolesAllowed({"ADMIN", "TRAINER", "COORDINATOR", "TEAM_LEADER", "MEMBER"})
public class SelfCheckIn {

    /** The code is shown, and taken, from an hour before the start until the end. */
    static final int OPENS_MINUTES_BEFORE = 60;

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerContext callers;

    @Inject
    SessionRights rights;

    @Inject
    AttendanceRecorder recorder;

    @Inject
    CheckInAttempts attempts;

    @Inject
    OrgDirectory directory;

    @Inject
    Clock clock;

    /** The code of the moment, for the session's screen, to whoever records its attendance while it is on. */
    public CheckInCode display(long occurrenceId) {
        SessionOccurrence occurrence = em.find(SessionOccurrence.class, occurrenceId);
        if (occurrence == null || !rights.mayRecordAttendance(callers.current(), occurrence.getSeries())) {
            throw new NotFoundException();
        }
        if (occurrence.getStatus() == OccurrenceStatus.CANCELLED) {
            throw new ConflictException("sessions.cancelled");
        }
        LocalDateTime now = LocalDates.nowInVietnam(clock);
        if (now.isBefore(occurrence.getStartsAt().minusMinutes(OPENS_MINUTES_BEFORE))
                || now.isAfter(occurrence.getEndsAt())) {
            throw new ConflictException("checkin.notOn");
        }
        if (occurrence.getCheckInSecret() == null) {
            // Made once, under the session's lock, so that two screens of one session show the same code.
            em.refresh(occurrence, LockModeType.PESSIMISTIC_WRITE);
        }
        String secret = occurrence.checkInSecret(SecretTokens::newToken);
        Instant instant = clock.instant();
        return new CheckInCode(
                occurrenceId,
                occurrence.getSeries().getTitle(),
                CheckInCodes.code(secret, CheckInCodes.step(instant)),
                CheckInCodes.secondsLeft(instant));
    }

    /**
     * A team member checks himself in with the code a session's screen shows now. The QR code names its session
     * ({@code occurrenceId}); six digits typed without one are matched against the sessions on in the member's own
     * area only, so that a guess has next to no session to hit. Every try, right or wrong, counts toward the member's
     * limit first: a right code now and then must not buy a guesser more tries.
     */
    public CheckedIn checkIn(Long occurrenceId, String code) {
        Caller caller = callers.current();
        if (caller.memberId() == null) {
            throw new InvalidInputException("code", "checkin.notAMember");
        }
        LocalDateTime now = LocalDates.nowInVietnam(clock);
        Instant instant = clock.instant();
        if (!attempts.tryOnce(caller.memberId(), instant)) {
            throw new ConflictException("checkin.tooMany");
        }
        TypedQuery<SessionOccurrence> showing = em.createQuery(
                        "select o from SessionOccurrence o join fetch o.series where o.checkInSecret is not null"
                                + " and o.status = :scheduled and o.startsAt <= :opened and o.endsAt >= :now"
                                + (occurrenceId != null ? " and o.id = :id" : " and o.unitId in :units"),
                        SessionOccurrence.class)
                .setParameter("scheduled", OccurrenceStatus.SCHEDULED)
                .setParameter("opened", now.plusMinutes(OPENS_MINUTES_BEFORE))
                .setParameter("now", now);
        if (occurrenceId != null) {
            showing.setParameter("id", occurrenceId);
        } else {
            List<Long> units = directory.unitIdsIn(rights.readable(caller));
            showing.setParameter("units", units.isEmpty() ? List.of(-1L) : units);
        }
        SessionOccurrence session = showing.getResultList().stream()
                .filter(o -> CheckInCodes.matches(o.getCheckInSecret(), code, instant))
                .findFirst()
                .orElseThrow(() -> new InvalidInputException("code", "checkin.codeWrong"));
        AttendanceWrite write;
        try {
            write = recorder.checkIn(session.getId(), caller.memberId(), caller.accountId());
        } catch (AttendanceRecorder.LostRaceForId lost) {
            // The same member's other check-in (a double tap) stored the row first: this one finds it.
            write = recorder.checkIn(session.getId(), caller.memberId(), caller.accountId());
        }
        return new CheckedIn(session.getId(), session.getSeries().getTitle(), session.getStartsAt(), write.created());
    }
}
