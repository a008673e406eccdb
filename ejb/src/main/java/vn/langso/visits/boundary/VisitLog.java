package vn.langso.visits.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
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
import java.util.Map;
import vn.langso.accounts.boundary.Caller;
import vn.langso.kernel.ConflictException;
import vn.langso.kernel.InvalidInputException;
import vn.langso.kernel.ListQuery;
import vn.langso.kernel.LocalDates;
import vn.langso.kernel.LockConflicts;
import vn.langso.kernel.NotFoundException;
import vn.langso.kernel.Page;
import vn.langso.kernel.PageRequest;
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
 * Logs household visits exactly once. {@link #put} stores a visit under the UUID its phone made: the primary key
 * decides (see {@link UniqueInsert}), so a resend of the same content answers the stored visit and changes nothing,
 * other content under the same UUID is a conflict, and an edit names the version it replaces. Only the author edits,
 * within {@value #EDIT_DAYS} days; every version is kept.
 */
@Stateless
@RolesAllowed({"MEMBER", "TEAM_LEADER"})
public class VisitLog {

    public static final int EDIT_DAYS = 7;

    /** Runs of a put that lost a race for a lock before the failure is the answer. */
    static final int RUNS = 3;

    @Resource
    SessionContext session;

    static final Map<String, String> SORTABLE = Map.of("visitedAt", "v.visitedAt", "createdAt", "v.createdAt");

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

    /**
     * Stores the visit in a transaction of its own, run again when it lost a race for a lock (two edits of one visit
     * at once): the loser's second run finds the winner's version and answers as a resend or a stale edit would.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public VisitWrite put(String visitId, VisitInput input) {
        VisitLog self = session.getBusinessObject(VisitLog.class);
        for (int run = 1; ; run++) {
            try {
                return self.putOnce(visitId, input);
            } catch (EJBException failure) {
                if (run >= RUNS || !LockConflicts.isRetryable(failure)) {
                    throw failure;
                }
            }
        }
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public VisitWrite putOnce(String visitId, VisitInput input) {
        String id = VisitRules.requireUuid(visitId);
        Caller caller = field.caller();
        if (caller.memberId() == null) {
            throw new ConflictException("visit.notAMember");
        }
        LocalDateTime now = LocalDateTime.now(clock);
        VisitRules.check(input, LocalDates.today(clock));
        Household household = household(input);
        UnitRef unit = directory.unit(household.getUnitId()).orElseThrow(NotFoundException::new);
        field.requireUnit(unit.id(), unit.path());
        TeamPlace team = team(input, caller);
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

    @RolesAllowed({"MEMBER", "TEAM_LEADER", "COORDINATOR", "ADMIN"})
    public VisitView find(String visitId) {
        Visit visit = em.find(Visit.class, VisitRules.requireUuid(visitId));
        if (visit == null || !views.visible(visit, field)) {
            throw new NotFoundException();
        }
        return views.of(visit, field.caller());
    }

    /**
     * Visits in the caller's field area (coordinators and admins read only), newest first. {@code mine}: only those the
     * caller went on, as a member sees by default.
     */
    @RolesAllowed({"MEMBER", "TEAM_LEADER", "COORDINATOR", "ADMIN"})
    public Page<VisitView> list(VisitFilter filter, PageRequest request) {
        Caller caller = field.caller();
        boolean onlyMine = filter.mine() || field.caller().area().pathPrefix().isEmpty();
        ListQuery<Visit> query = new ListQuery<>("select v", "from Visit v", SORTABLE, "v.visitedAt desc, v.id");
        if (onlyMine) {
            if (caller.memberId() == null) {
                return Page.of(List.of(), 0, request);
            }
            query.where(":member member of v.memberIds", "member", caller.memberId());
        } else {
            List<Long> units = field.unitIds();
            if (units != null && units.isEmpty()) {
                return Page.of(List.of(), 0, request);
            }
            if (units != null) {
                query.where("v.unitId in :units", "units", units);
            }
        }
        if (filter.householdId() != null) {
            query.where("v.householdId = :household", "household", filter.householdId());
        }
        if (filter.teamId() != null) {
            query.where("v.teamId = :team", "team", filter.teamId());
        }
        if (filter.from() != null) {
            query.where("v.visitedOn >= :from", "from", filter.from());
        }
        if (filter.to() != null) {
            query.where("v.visitedOn <= :to", "to", filter.to());
        }
        Page<Visit> page = query.page(em, Visit.class, request);
        return new Page<>(views.of(page.items(), caller), page.total(), page.page(), page.size());
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
        if (stored.getCreatedAt().plusDays(EDIT_DAYS).isBefore(now)) {
            throw new ConflictException("visit.editClosed", EDIT_DAYS);
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
    private TeamPlace team(VisitInput input, Caller caller) {
        TeamPlace mine = field.team().orElseThrow(() -> new ConflictException("visit.noTeam"));
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
