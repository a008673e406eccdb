package vn.langso.visits.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.langso.accounts.boundary.Caller;
import vn.langso.kernel.ConflictException;
import vn.langso.kernel.InvalidInputException;
import vn.langso.kernel.LocalDates;
import vn.langso.kernel.NotFoundException;
import vn.langso.kernel.UniqueInsert;
import vn.langso.org.boundary.MemberRef;
import vn.langso.org.boundary.OrgDirectory;
import vn.langso.org.boundary.TeamPlace;
import vn.langso.org.boundary.UnitRef;
import vn.langso.visits.control.BodyDigest;
import vn.langso.visits.control.CertificateGate;
import vn.langso.visits.control.FieldArea;
import vn.langso.visits.control.FieldSettings;
import vn.langso.visits.control.FollowUpKeeper;
import vn.langso.visits.control.QualityChecks;
import vn.langso.visits.control.VisitRules;
import vn.langso.visits.control.VisitViews;
import vn.langso.visits.entity.Household;
import vn.langso.visits.entity.ResidentHelped;
import vn.langso.visits.entity.ServiceOutcome;
import vn.langso.visits.entity.Visit;

/**
 * One try at storing a visit, in a transaction of its own (see {@link VisitLog#put}, which tries again after a lost
 * race for a lock). A bean of its own, so that a request holds one instance of each bean and never waits for a second
 * instance of the bean it is already in.
 */
@Stateless
@RolesAllowed({"MEMBER", "TEAM_LEADER"})
public class VisitWriter {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    FieldArea field;

    @Inject
    OrgDirectory directory;

    @Inject
    CertificateGate gates;

    @Inject
    FollowUpKeeper followUps;

    @Inject
    QualityChecks quality;

    @Inject
    VisitViews views;

    @Inject
    FieldSettings settings;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public VisitWrite put(String visitId, VisitInput input) {
        String id = VisitRules.requireUuid(visitId);
        Caller caller = field.caller();
        if (caller.memberId() == null) {
            throw new ConflictException("visit.notAMember");
        }
        LocalDateTime now = LocalDateTime.now(clock);
        VisitRules.check(input, LocalDates.today(clock));
        Household household = household(input);
        UnitRef unit = directory.unit(household.getUnitId()).orElseThrow(NotFoundException::new);
        Optional<TeamPlace> mine = field.team();
        if (!field.area(mine).includes(unit.path())) {
            throw new NotFoundException();
        }
        TeamPlace team = team(input, mine);
        List<Long> members = members(input, caller, team);
        String digest = BodyDigest.of(input.content());

        boolean claimed = UniqueInsert.insert(
                em,
                "insert into visit (id, household_id, team_id, unit_id, author_member_id, visited_at, visited_on,"
                        + " body_hash, version, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)",
                id,
                household.getId(),
                team.teamId(),
                unit.id(),
                caller.memberId(),
                Timestamp.valueOf(input.visitedAt()),
                Date.valueOf(input.visitedAt().toLocalDate()),
                "",
                Timestamp.valueOf(now),
                Timestamp.valueOf(now));
        if (claimed) {
            gates.requireCertificates(caller.memberId(), input);
            Visit visit = em.find(Visit.class, id);
            store(visit, input, household, unit, team, members, digest, caller, now);
            return new VisitWrite(views.of(visit, caller), true);
        }
        // The key was taken: read the row that won with a locking read, which sees it committed. A shared lock, so
        // that resends racing each other all read at once; only an edit asks for the exclusive one.
        Visit stored = em.find(Visit.class, id, LockModeType.PESSIMISTIC_READ);
        if (stored.getBodyHash().equals(digest)) {
            return new VisitWrite(views.of(stored, caller), false);
        }
        requireEditable(stored, input, caller, now);
        em.lock(stored, LockModeType.PESSIMISTIC_WRITE);
        gates.requireCertificates(caller.memberId(), input);
        store(stored, input, household, unit, team, members, digest, caller, now);
        return new VisitWrite(views.of(stored, caller), false);
    }

    private void store(
            Visit visit,
            VisitInput input,
            Household household,
            UnitRef unit,
            TeamPlace team,
            List<Long> members,
            String digest,
            Caller caller,
            LocalDateTime now) {
        visit.record(
                household.getId(),
                team.teamId(),
                unit.id(),
                input.visitedAt(),
                members,
                input.services().stream()
                        .map(s -> new ServiceOutcome(s.code(), s.outcome(), blankToNull(s.note()), s.followUpOn()))
                        .toList(),
                input.residents().stream()
                        .map(r -> new ResidentHelped(r.name().trim(), r.birthYear(), VisitInput.inOrder(r.skills())))
                        .toList(),
                input.latitude(),
                input.longitude(),
                input.accuracyMeters(),
                blankToNull(input.note()));
        visit.newVersion(digest, now);
        em.flush();
        em.createNativeQuery("insert into visit_version (visit_id, version, body, saved_at, saved_by)"
                        + " values (?, ?, ?, ?, ?)")
                .setParameter(1, visit.getId())
                .setParameter(2, visit.getVersion())
                .setParameter(3, BodyDigest.canonical(input.content()))
                .setParameter(4, Timestamp.valueOf(now))
                .setParameter(5, caller.accountId())
                .executeUpdate();
        followUps.apply(visit);
        boolean inTeamArea = unit.path().startsWith(team.unitPath());
        quality.check(visit, inTeamArea, LocalDates.nowInVietnam(clock), now, settings.visitsPerHourLimit());
    }

    private void requireEditable(Visit stored, VisitInput input, Caller caller, LocalDateTime now) {
        if (input.baseVersion() == null) {
            throw new ConflictException("visit.idTaken");
        }
        if (stored.getAuthorMemberId() != caller.memberId()) {
            throw new ConflictException("visit.notAuthor");
        }
        if (input.baseVersion() != stored.getVersion()) {
            throw new ConflictException("visit.stale", stored.getVersion());
        }
        if (stored.getCreatedAt().plusDays(VisitLog.EDIT_DAYS).isBefore(now)) {
            throw new ConflictException("visit.editClosed", VisitLog.EDIT_DAYS);
        }
    }

    private Household household(VisitInput input) {
        Household household = input.householdId() != null
                ? em.find(Household.class, input.householdId())
                : em.createQuery("select h from Household h where h.clientId = :client", Household.class)
                        .setParameter("client", input.householdClientId().trim().toLowerCase())
                        .getResultStream()
                        .findFirst()
                        .orElse(null);
        if (household == null) {
            throw new NotFoundException();
        }
        return household;
    }

    /** The team named, which must be the caller's team today; by default that team. */
    private TeamPlace team(VisitInput input, Optional<TeamPlace> team) {
        TeamPlace mine = team.orElseThrow(() -> new ConflictException("visit.noTeam"));
        if (input.teamId() != null && input.teamId() != mine.teamId()) {
            throw new InvalidInputException("teamId", "visit.notYourTeam");
        }
        return mine;
    }

    /** The caller first, then the others named, each of whom must be on the team today. */
    private List<Long> members(VisitInput input, Caller caller, TeamPlace team) {
        List<Long> onTeam = directory.currentMembers(team.teamId()).stream()
                .map(MemberRef::id)
                .toList();
        List<Long> members = new ArrayList<>();
        members.add(caller.memberId());
        for (Long other : input.memberIds()) {
            if (other == null || !onTeam.contains(other)) {
                throw new InvalidInputException("memberIds", "visit.memberNotOnTeam");
            }
            if (!members.contains(other)) {
                members.add(other);
            }
        }
        return members;
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
