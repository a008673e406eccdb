package vn.langso.sessions.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.langso.accounts.boundary.Caller;
import vn.langso.accounts.boundary.CallerContext;
import vn.langso.kernel.ConflictException;
import vn.langso.kernel.LocalDates;
import vn.langso.kernel.SecretTokens;
import vn.langso.org.boundary.OrgDirectory;
import vn.langso.org.boundary.TeamPlace;
import vn.langso.sessions.control.IcsWriter;
import vn.langso.sessions.entity.OccurrenceStatus;
import vn.langso.sessions.entity.SessionOccurrence;

/**
 * A member's private calendar link: an .ics feed of the sessions he leads and his team's, for the calendar of his
 * phone. The link holds a secret shown once; only its hash is kept. A new link ends the old one, and he can end it.
 */
@Stateless
@RolesAllowed({"ADMIN", "TRAINER", "COORDINATOR", "TEAM_LEADER", "MEMBER"})
public class CalendarFeeds {

    /** How far back a feed goes: a phone's calendar keeps the recent past in sight. */
    static final int DAYS_BACK = 60;

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerContext callers;

    @Inject
    OrgDirectory directory;

    @Inject
    Clock clock;

    /** Whether the caller has sessions of his own to follow: he is a team member. */
    public boolean available() {
        return callers.current().memberId() != null;
    }

    /** When the caller's link still in use was made; empty when he has none. */
    public Optional<LocalDateTime> activeSince() {
        Long member = callers.current().memberId();
        if (member == null) {
            return Optional.empty();
        }
        return em.createNativeQuery(
                        "select created_at from calendar_feed where member_id = ? and revoked_at is null"
                                + " order by id desc",
                        Timestamp.class)
                .setParameter(1, member)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .map(created -> ((Timestamp) created).toLocalDateTime());
    }

    /** A new link for the caller; the old one stops working. The token is in the answer only. */
    public String renew() {
        long member = requireMember();
        revoke(member);
        String token = SecretTokens.newToken();
        em.createNativeQuery("insert into calendar_feed (member_id, token_hash, created_at) values (?, ?, ?)")
                .setParameter(1, member)
                .setParameter(2, SecretTokens.hash(token))
                .setParameter(3, Timestamp.valueOf(LocalDateTime.now(clock)))
                .executeUpdate();
        return token;
    }

    public void revoke() {
        revoke(requireMember());
    }

    /** The feed a link gives, or empty for an unknown or ended link (answered like any unknown address). */
    @PermitAll
    public Optional<String> ics(String token, String calendarName) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        List<?> members = em.createNativeQuery(
                        "select member_id from calendar_feed where token_hash = ? and revoked_at is null", Long.class)
                .setParameter(1, SecretTokens.hash(token))
                .getResultList();
        if (members.isEmpty()) {
            return Optional.empty();
        }
        long member = ((Number) members.get(0)).longValue();
        Long team = directory.currentTeamOf(member).map(TeamPlace::teamId).orElse(null);
        LocalDateTime now = LocalDates.nowInVietnam(clock);
        var query = em.createQuery(
                        "select o from SessionOccurrence o join o.series s"
                                + " where (:member member of s.facilitators"
                                + (team != null ? " or s.teamId = :team)" : ")")
                                + " and o.startsAt >= :from and o.startsAt < :to order by o.startsAt",
                        SessionOccurrence.class)
                .setParameter("member", member)
                .setParameter("from", now.minusDays(DAYS_BACK))
                .setParameter("to", now.plus(Sessions.HORIZON))
                .setMaxResults(2000);
        if (team != null) {
            query.setParameter("team", team);
        }
        // The series of each session is read once per series, in the persistence context.
        List<SessionOccurrence> sessions = query.getResultList();
        Map<Long, String> units = directory.unitNames(
                sessions.stream().map(SessionOccurrence::getUnitId).distinct().toList());
        IcsWriter ics = new IcsWriter(calendarName, now);
        for (SessionOccurrence session : sessions) {
            ics.event(new IcsWriter.Event(
                    "langso-session-" + session.getId(),
                    session.getStartsAt(),
                    session.getEndsAt(),
                    session.getSeries().getTitle(),
                    session.getSeries().getPlace() + " · " + units.getOrDefault(session.getUnitId(), ""),
                    null,
                    session.getStatus() == OccurrenceStatus.CANCELLED,
                    session.getVersion()));
        }
        return Optional.of(ics.finish());
    }

    private void revoke(long member) {
        em.createNativeQuery("update calendar_feed set revoked_at = ? where member_id = ? and revoked_at is null")
                .setParameter(1, Timestamp.valueOf(LocalDateTime.now(clock)))
                .setParameter(2, member)
                .executeUpdate();
    }

    private long requireMember() {
        Caller caller = callers.current();
        if (caller.memberId() == null) {
            throw new ConflictException("sessions.feed.notAMember");
        }
        return caller.memberId();
    }
}
