package vn.langso.visits.boundary;

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
import vn.langso.accounts.boundary.Caller;
import vn.langso.kernel.ListQuery;
import vn.langso.kernel.LockConflicts;
import vn.langso.kernel.NotFoundException;
import vn.langso.kernel.Page;
import vn.langso.kernel.PageRequest;
import vn.langso.visits.control.FieldArea;
import vn.langso.visits.control.VisitRules;
import vn.langso.visits.control.VisitViews;
import vn.langso.visits.entity.Visit;

/**
 * Logs household visits exactly once. {@link #put} stores a visit under the UUID its phone made: the primary key
 * decides, so a resend of the same content answers the stored visit and changes nothing,
 * other content under the same UUID is a conflict, and an edit names the version it replaces. Only the author edits,
 * within {@value #EDIT_DAYS} days; every version is kept.
 */
@Stateless
@RolesAllowed({"MEMBER", "TEAM_LEADER"})
public class VisitLog {

    public static final int EDIT_DAYS = 7;

    /** Runs of a put that lost a race for a lock before the failure is the answer. */
    static final int RUNS = 3;

    @Inject
    VisitWriter writer;

    static final Map<String, String> SORTABLE = Map.of("visitedAt", "v.visitedAt", "createdAt", "v.createdAt");

    @PersistenceContext
    EntityManager em;

    @Inject
    FieldArea field;

    @Inject
    VisitViews views;

    /**
     * Stores the visit in a transaction of its own, run again when it lost a race for its id (two sends of one new
     * visit at once) or for a lock (two edits): the loser's second run finds the winner's version and answers as a
     * resend or a stale edit would.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public VisitWrite put(String visitId, VisitInput input) {
        for (int run = 1; ; run++) {
            try {
                return writer.put(visitId, input);
            } catch (VisitWriter.LostRaceForId lost) {
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
}
