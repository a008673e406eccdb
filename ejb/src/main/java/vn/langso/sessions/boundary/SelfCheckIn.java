package vn.langso.sessions.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
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
    Clock clock;

    /** The code of the moment, for the session's screen, to whoever records its attendance while it is on. */
    public CheckInCode display(long occurrenceId) {
        SessionOccurrence occurrence = em.find(SessionOccurrence.class, occurrenceId, LockModeType.PESSIMISTIC_WRITE);
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
        String secret = occurrence.checkInSecret(SecretTokens::newToken);
        Instant instant = clock.instant();
        return new CheckInCode(
                occurrenceId,
                occurrence.getSeries().getTitle(),
                CheckInCodes.code(secret, CheckInCodes.step(instant)),
                CheckInCodes.secondsLeft(instant));
    }

    /** A team member checks himself in with the code a session's screen shows now, scanned or typed. */
    public CheckedIn checkIn(String code) {
        Caller caller = callers.current();
        if (caller.memberId() == null) {
            throw new InvalidInputException("code", "checkin.notAMember");
        }
        LocalDateTime now = LocalDates.nowInVietnam(clock);
        Instant instant = clock.instant();
        if (!attempts.mayTry(caller.memberId(), instant)) {
            throw new ConflictException("checkin.tooMany");
        }
        List<SessionOccurrence> showing = em.createQuery(
                        "select o from SessionOccurrence o join fetch o.series where o.checkInSecret is not null"
                                + " and o.status = :scheduled and o.startsAt <= :opened and o.endsAt >= :now",
                        SessionOccurrence.class)
                .setParameter("scheduled", OccurrenceStatus.SCHEDULED)
                .setParameter("opened", now.plusMinutes(OPENS_MINUTES_BEFORE))
                .setParameter("now", now)
                .getResultList();
        SessionOccurrence session = showing.stream()
                .filter(o -> CheckInCodes.matches(o.getCheckInSecret(), code, instant))
                .findFirst()
                .orElse(null);
        if (session == null) {
            attempts.wrongCode(caller.memberId(), instant);
            throw new InvalidInputException("code", "checkin.codeWrong");
        }
        AttendanceWrite write = recorder.checkIn(session.getId(), caller.memberId(), caller.accountId());
        return new CheckedIn(session.getId(), session.getSeries().getTitle(), session.getStartsAt(), write.created());
    }
}
