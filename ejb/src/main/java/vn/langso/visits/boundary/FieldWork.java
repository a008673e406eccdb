package vn.langso.visits.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import vn.langso.accounts.boundary.Caller;
import vn.langso.certification.boundary.SkillHolding;
import vn.langso.kernel.BasicDigitalSkill;
import vn.langso.kernel.ListQuery;
import vn.langso.kernel.LocalDates;
import vn.langso.kernel.NotFoundException;
import vn.langso.kernel.Page;
import vn.langso.kernel.PageRequest;
import vn.langso.org.boundary.OrgDirectory;
import vn.langso.org.boundary.TeamPlace;
import vn.langso.visits.control.FieldArea;
import vn.langso.visits.entity.FollowUp;
import vn.langso.visits.entity.Household;
import vn.langso.visits.entity.Outcome;
import vn.langso.visits.entity.VisitFlag;

/** A member's day in the field: the start-up profile of the field app, follow-ups due, and the quality flags. */
@Stateless
@RolesAllowed({"MEMBER", "TEAM_LEADER", "COORDINATOR", "ADMIN"})
public class FieldWork {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    FieldArea field;

    @Inject
    OrgDirectory directory;

    @Inject
    ServiceGates gates;

    @Inject
    SkillHolding holding;

    public FieldProfile profile() {
        Caller caller = field.caller();
        TeamPlace team = field.team().orElse(null);
        LocalDate today = LocalDates.today(clock);
        return new FieldProfile(
                caller.username(),
                caller.displayName(),
                caller.memberId(),
                team == null ? null : new FieldProfile.Team(team.teamId(), team.teamName(), team.unitName()),
                team == null
                        ? List.of()
                        : directory.currentMembers(team.teamId()).stream()
                                .map(m -> new FieldProfile.Person(m.id(), m.name()))
                                .toList(),
                directory.deepestUnitsIn(field.area()).stream()
                        .map(u -> new FieldProfile.Hamlet(u.id(), u.code(), u.name(), u.parentName()))
                        .toList(),
                gates.list().stream()
                        .map(g -> new FieldProfile.Service(
                                g.service().name(),
                                g.gated(),
                                g.skillName(),
                                !g.gated()
                                        || (caller.memberId() != null
                                                && holding.heldOn(caller.memberId(), g.skillId(), today))))
                        .toList(),
                Arrays.asList(BasicDigitalSkill.values()),
                Arrays.asList(Outcome.values()));
    }

    /** The caller's open follow-ups, the most overdue first. */
    public List<FollowUpView> myFollowUps() {
        Long member = field.caller().memberId();
        if (member == null) {
            return List.of();
        }
        List<FollowUp> open = em.createQuery(
                        "select f from FollowUp f where f.memberId = :member and f.openKey is not null"
                                + " order by f.dueOn, f.id",
                        FollowUp.class)
                .setParameter("member", member)
                .setMaxResults(500)
                .getResultList();
        return followUpViews(open);
    }

    /** Open follow-ups of the caller's area (a team leader's team area, a coordinator's), due by a day. */
    public Page<FollowUpView> followUpsOfArea(LocalDate dueBy, PageRequest request) {
        ListQuery<FollowUp> query = new ListQuery<FollowUp>(
                        "select f", "from FollowUp f", Map.of("dueOn", "f.dueOn"), "f.dueOn, f.id")
                .where("f.openKey is not null");
        List<Long> units = field.unitIds();
        if (units != null && units.isEmpty()) {
            return Page.of(List.of(), 0, request);
        }
        if (units != null) {
            query.where("f.unitId in :units", "units", units);
        }
        if (dueBy != null) {
            query.where("f.dueOn <= :due", "due", dueBy);
        }
        Page<FollowUp> page = query.page(em, FollowUp.class, request);
        return new Page<>(followUpViews(page.items()), page.total(), page.page(), page.size());
    }

    @RolesAllowed({"TEAM_LEADER", "COORDINATOR", "ADMIN"})
    public Page<FlagView> flags(boolean openOnly, PageRequest request) {
        ListQuery<VisitFlag> query = new ListQuery<>(
                "select f", "from VisitFlag f", Map.of("raisedAt", "f.raisedAt", "kind", "f.kind"), "f.raisedAt desc");
        List<Long> units = field.unitIds();
        if (units != null && units.isEmpty()) {
            return Page.of(List.of(), 0, request);
        }
        if (units != null) {
            query.where("f.unitId in :units", "units", units);
        }
        if (openOnly) {
            query.where("f.resolvedAt is null");
        }
        Page<VisitFlag> page = query.page(em, VisitFlag.class, request);
        return new Page<>(page.items().stream().map(FieldWork::view).toList(), page.total(), page.page(), page.size());
    }

    /** A team leader or coordinator resolves a flag of their area with a note. */
    @RolesAllowed({"TEAM_LEADER", "COORDINATOR", "ADMIN"})
    public FlagView resolve(long flagId, String note) {
        VisitFlag flag = em.find(VisitFlag.class, flagId);
        if (flag == null) {
            throw new NotFoundException();
        }
        String path = directory
                .unit(flag.getUnitId())
                .orElseThrow(NotFoundException::new)
                .path();
        field.requireUnit(flag.getUnitId(), path);
        if (note == null || note.isBlank() || note.length() > 500) {
            throw new vn.langso.kernel.InvalidInputException("note", "flag.noteRequired");
        }
        flag.resolve(field.caller().accountId(), note.trim(), LocalDateTime.now(clock));
        return view(flag);
    }

    private List<FollowUpView> followUpViews(List<FollowUp> followUps) {
        LocalDate today = LocalDates.today(clock);
        Map<Long, String> units = directory.unitNames(
                followUps.stream().map(FollowUp::getUnitId).distinct().toList());
        return followUps.stream()
                .map(f -> {
                    Household household = em.find(Household.class, f.getHouseholdId());
                    return new FollowUpView(
                            f.getId(),
                            f.getHouseholdId(),
                            household.getHeadName(),
                            units.get(f.getUnitId()),
                            f.getService(),
                            f.getDueOn(),
                            f.getDueOn().isBefore(today),
                            f.getOpenedByVisit());
                })
                .toList();
    }

    private static FlagView view(VisitFlag flag) {
        return new FlagView(
                flag.getId(),
                flag.getVisitId(),
                flag.getKind(),
                flag.getDetail(),
                flag.getTeamId(),
                flag.getUnitId(),
                flag.getRaisedAt(),
                flag.getResolvedAt(),
                flag.getResolutionNote());
    }
}
