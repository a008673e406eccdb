package vn.langso.visits.boundary;

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
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import vn.langso.accounts.boundary.Caller;
import vn.langso.kernel.BodyDigest;
import vn.langso.kernel.ConflictException;
import vn.langso.kernel.InvalidInputException;
import vn.langso.kernel.LocalDates;
import vn.langso.kernel.NotFoundException;
import vn.langso.kernel.UniqueInsert;
import vn.langso.org.boundary.OrgDirectory;
import vn.langso.org.boundary.TeamPlace;
import vn.langso.org.boundary.UnitRef;
import vn.langso.visits.control.CertificateGate;
import vn.langso.visits.control.FieldArea;
import vn.langso.visits.control.FieldSettings;
import vn.langso.visits.control.FollowUpKeeper;
import vn.langso.visits.control.QualityChecks;
import vn.langso.visits.control.VisitRules;
import vn.langso.visits.control.VisitViews;
import vn.langso.visits.entity.FlagKind;
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

    @Inject
    Event<VisitStored> visitStored;

    /**
     * Thrown when another request stored a visit under the same UUID between this one's look-up and its insert: the
     * primary key refused the second row, this transaction is undone, and {@link VisitLog#put} runs it again, which
     * then finds the first and answers as to a resend or an edit.
     */
    @ApplicationException(rollback = true)
    static class LostRaceForId extends RuntimeException {
        private static final long serialVersionUID = 1L;

        LostRaceForId(Throwable cause) {
            super(cause);
        }
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public VisitWrite put(String visitId, VisitInput input) {
        String id = VisitRules.requireUuid(visitId);
        Caller caller = field.caller();
        if (caller.memberId() == null) {
            throw new ConflictException("visit.notAMember");
        }
        LocalDateTime now = LocalDateTime.now(clock);
        VisitRules.check(input, LocalDates.today(clock));
        Household household = household(input, id);
        UnitRef unit = directory.unit(household.getUnitId()).orElseThrow(NotFoundException::new);
        Optional<TeamPlace> mine = field.team();
        if (!field.area(mine).includes(unit.path())) {
            throw new NotFoundException();
        }
        TeamPlace team = team(input, mine);
        Map<Long, String> onTeam = new HashMap<>();
        directory.currentMembers(team.teamId()).forEach(member -> onTeam.put(member.id(), member.name()));
        List<Long> members = members(input, caller, onTeam.keySet());
        String digest = BodyDigest.of(input.content());
        Written written = new Written(input, household, unit, team, members, digest, caller, now);

        // The look-up only speeds up the common case, a new visit; the primary key decides (see LostRaceForId).
        Visit stored = em.find(Visit.class, id);
        if (stored == null) {
            gates.requireCertificates(caller.memberId(), input);
            Visit visit = new Visit(id, caller.memberId(), now);
            Set<FlagKind> flags = store(visit, written, true);
            return new VisitWrite(views.of(visit, caller, onTeam, unit.name(), flags), true);
        }
        if (!stored.getBodyHash().equals(digest)) {
            // The read above saw this transaction's snapshot; an edit decides on the row as it is now, locked.
            em.refresh(stored, LockModeType.PESSIMISTIC_WRITE);
        }
        if (stored.getBodyHash().equals(digest)) {
            return new VisitWrite(views.of(stored, caller), false);
        }
        requireEditable(stored, input, caller, now);
        gates.requireCertificates(caller.memberId(), input);
        store(stored, written, false);
        return new VisitWrite(views.of(stored, caller), false);
    }

    /** What a put writes, checked and looked up. */
    private record Written(
            VisitInput input,
            Household household,
            UnitRef unit,
            TeamPlace team,
            List<Long> members,
            String digest,
            Caller caller,
            LocalDateTime now) {}

    /** Writes the visit's new version and what follows from it; the quality flags it raised. */
    private Set<FlagKind> store(Visit visit, Written written, boolean isNew) {
        VisitInput input = written.input();
        VisitStored before = isNew
                ? null
                : new VisitStored(
                        visit.getId(),
                        visit.getAuthorMemberId(),
                        visit.getHouseholdId(),
                        visit.getUnitId(),
                        visit.getVisitedOn(),
                        true,
                        null,
                        null,
                        null,
                        null);
        visit.record(
                written.household().getId(),
                written.team().teamId(),
                written.unit().id(),
                input.visitedAt(),
                written.members(),
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
        visit.newVersion(written.digest(), written.now());
        try {
            if (isNew) {
                em.persist(visit);
            }
            em.flush();
        } catch (PersistenceException refused) {
            if (isNew && UniqueInsert.isDuplicateKey(refused)) {
                throw new LostRaceForId(refused);
            }
            throw refused;
        }
        em.createNativeQuery("insert into visit_version (visit_id, version, body, saved_at, saved_by)"
                        + " values (?, ?, ?, ?, ?)")
                .setParameter(1, visit.getId())
                .setParameter(2, visit.getVersion())
                .setParameter(3, BodyDigest.canonical(input.content()))
                .setParameter(4, Timestamp.valueOf(written.now()))
                .setParameter(5, written.caller().accountId())
                .executeUpdate();
        if (!isNew) {
            followUps.withdraw(visit);
        }
        followUps.apply(visit);
        visitStored.fire(new VisitStored(
                visit.getId(),
                visit.getAuthorMemberId(),
                visit.getHouseholdId(),
                visit.getUnitId(),
                visit.getVisitedOn(),
                written.household().isActive(),
                facts(visit.getId(), visit.getHouseholdId(), visit.getVisitedOn(), input),
                before == null ? null : before.householdId(),
                before == null ? null : before.unitId(),
                before == null ? null : before.visitedOn()));
        boolean inTeamArea = written.unit().path().startsWith(written.team().unitPath());
        return quality.check(
                        visit, inTeamArea, LocalDates.nowInVietnam(clock), written.now(), settings.visitsPerHourLimit())
                .keySet();
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

    /**
     * The household, locked: the writes of one household's visits take turns from here on, so that the coverage its
     * visits count toward is worked out by one of them at a time (see VisitRecords). An edit that moves the visit to
     * another household locks both, the lower id first, as every writer does, so two writers never wait crosswise.
     */
    private Household household(VisitInput input, String visitId) {
        Long wanted = input.householdId() != null
                ? input.householdId()
                : em.createQuery("select h.id from Household h where h.clientId = :client", Long.class)
                        .setParameter("client", input.householdClientId().trim().toLowerCase())
                        .getResultStream()
                        .findFirst()
                        .orElse(null);
        Household household = null;
        if (wanted != null) {
            TreeSet<Long> ids = new TreeSet<>(List.of(wanted));
            em.createQuery("select v.householdId from Visit v where v.id = :id", Long.class)
                    .setParameter("id", visitId)
                    .getResultStream()
                    .findFirst()
                    .ifPresent(ids::add);
            for (long id : ids) {
                Household locked = em.find(Household.class, id, LockModeType.PESSIMISTIC_WRITE);
                if (id == wanted) {
                    household = locked;
                }
            }
        }
        if (household == null) {
            // Seen under kill -9 of the database: the read in flight at that instant came back empty instead of
            // failing. A phone parks a visit refused with 404, so make sure the database really answered: on a dead
            // connection this fails, the answer is a 500 and the phone sends the visit again later.
            em.createNativeQuery("select 1").getSingleResult();
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
    private List<Long> members(VisitInput input, Caller caller, Set<Long> onTeam) {
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

    /** What the visit recorded, as another component counts it (see VisitFacts). */
    private static VisitFacts facts(String id, long householdId, java.time.LocalDate day, VisitInput input) {
        Set<vn.langso.kernel.OutreachService> done = java.util.EnumSet.noneOf(vn.langso.kernel.OutreachService.class);
        Set<vn.langso.kernel.OutreachService> partial =
                java.util.EnumSet.noneOf(vn.langso.kernel.OutreachService.class);
        Set<vn.langso.kernel.OutreachService> declined =
                java.util.EnumSet.noneOf(vn.langso.kernel.OutreachService.class);
        for (VisitInput.ServiceInput service : input.services()) {
            switch (service.outcome()) {
                case DONE -> done.add(service.code());
                case PARTIAL -> partial.add(service.code());
                case DECLINED -> declined.add(service.code());
                default -> {
                    // NOT_ELIGIBLE: neither helped nor refused.
                }
            }
        }
        return new VisitFacts(
                id,
                householdId,
                day,
                Set.copyOf(done),
                Set.copyOf(partial),
                Set.copyOf(declined),
                input.residents().stream()
                        .map(r -> new VisitFacts.ResidentSkills(r.name().trim(), VisitInput.inOrder(r.skills())))
                        .toList());
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
