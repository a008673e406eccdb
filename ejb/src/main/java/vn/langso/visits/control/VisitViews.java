package vn.langso.visits.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import vn.langso.accounts.boundary.Caller;
import vn.langso.org.boundary.OrgDirectory;
import vn.langso.visits.boundary.VisitLog;
import vn.langso.visits.boundary.VisitView;
import vn.langso.visits.boundary.VisitView.Person;
import vn.langso.visits.boundary.VisitView.ResidentView;
import vn.langso.visits.boundary.VisitView.ServiceView;
import vn.langso.visits.entity.FlagKind;
import vn.langso.visits.entity.Household;
import vn.langso.visits.entity.Visit;

/** Visits as pages and the API show them, and who may see one. */
@Dependent
public class VisitViews {

    @PersistenceContext
    EntityManager em;

    @Inject
    OrgDirectory directory;

    @Inject
    Clock clock;

    /** In the caller's field area, or one the caller went on. */
    public boolean visible(Visit visit, FieldArea field) {
        Caller caller = field.caller();
        if (caller.memberId() != null && visit.getMemberIds().contains(caller.memberId())) {
            return true;
        }
        return directory
                .unit(visit.getUnitId())
                .map(unit -> field.area().includes(unit.path()))
                .orElse(false);
    }

    public List<VisitView> of(List<Visit> visits, Caller caller) {
        return visits.stream().map(visit -> of(visit, caller)).toList();
    }

    public VisitView of(Visit visit, Caller caller) {
        Map<Long, String> names = directory.memberNames(new HashSet<>(visit.getMemberIds()));
        List<FlagKind> flags = em.createQuery("select f.kind from VisitFlag f where f.visitId = :visit", FlagKind.class)
                .setParameter("visit", visit.getId())
                .getResultList();
        String unitName = directory.unitNames(List.of(visit.getUnitId())).get(visit.getUnitId());
        return of(visit, caller, names, unitName, flags);
    }

    /** A visit just written, from what the write already knows: its members' names, its hamlet, its flags. */
    public VisitView of(
            Visit visit, Caller caller, Map<Long, String> names, String unitName, Collection<FlagKind> flags) {
        Household household = em.find(Household.class, visit.getHouseholdId());
        boolean editable = caller.memberId() != null
                && caller.memberId() == visit.getAuthorMemberId()
                && visit.getCreatedAt().plusDays(VisitLog.EDIT_DAYS).isAfter(LocalDateTime.now(clock));
        return new VisitView(
                visit.getId(),
                visit.getVersion(),
                visit.getHouseholdId(),
                household.getCode(),
                household.getHeadName(),
                visit.getUnitId(),
                unitName,
                visit.getTeamId(),
                visit.getMemberIds().stream()
                        .map(id -> new Person(id, names.get(id)))
                        .toList(),
                visit.getVisitedAt(),
                visit.getServices().stream()
                        .map(s -> new ServiceView(s.getService(), s.getOutcome(), s.getNote(), s.getFollowUpOn()))
                        .toList(),
                visit.getResidents().stream()
                        .map(r -> new ResidentView(r.getName(), r.getBirthYear(), r.getSkills()))
                        .toList(),
                visit.getLatitude(),
                visit.getLongitude(),
                visit.getAccuracyMeters(),
                visit.getNote(),
                flags.stream().sorted(Comparator.comparing(FlagKind::name)).toList(),
                visit.getCreatedAt(),
                editable);
    }
}
