package vn.langso.visits.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.sql.Timestamp;
import vn.langso.visits.entity.Outcome;
import vn.langso.visits.entity.ServiceOutcome;
import vn.langso.visits.entity.Visit;

/**
 * Opens a follow-up for each PARTIAL service and closes the open one of a service a visit records DONE. At most one
 * follow-up per household and service is open: its open key is unique, so a PARTIAL logged twice (or by two phones at
 * once) moves the one due date instead of adding a second. Only a DONE dated after the PARTIAL closes it, since an
 * offline phone may deliver an older visit late.
 */
@Dependent
public class FollowUpKeeper {

    /** When a PARTIAL visit gives no date, the follow-up is due a week later. */
    public static final int DEFAULT_DAYS = 7;

    @PersistenceContext
    EntityManager em;

    public void apply(Visit visit) {
        for (ServiceOutcome service : visit.getServices()) {
            String key = visit.getHouseholdId() + ":" + service.getService().name();
            if (service.getOutcome() == Outcome.PARTIAL) {
                open(visit, service, key);
            } else if (service.getOutcome() == Outcome.DONE) {
                close(visit, key);
            }
        }
    }

    /**
     * Before an edit of a visit is applied: the follow-ups its earlier version opened (and no later visit took over)
     * are withdrawn, and those it closed are open again unless another is open for the same household and service.
     * {@link #apply} then works from the edit as if it were the first version.
     */
    public void withdraw(Visit visit) {
        em.createNativeQuery("delete from follow_up where opened_by_visit = ? and open_key is not null")
                .setParameter(1, visit.getId())
                .executeUpdate();
        em.createNativeQuery("update ignore follow_up set open_key = concat(household_id, ':', service),"
                        + " closed_by_visit = null, closed_on = null where closed_by_visit = ?")
                .setParameter(1, visit.getId())
                .executeUpdate();
    }

    private void open(Visit visit, ServiceOutcome service, String key) {
        Date due = Date.valueOf(
                service.getFollowUpOn() != null
                        ? service.getFollowUpOn()
                        : visit.getVisitedOn().plusDays(DEFAULT_DAYS));
        em.createNativeQuery("insert into follow_up (household_id, service, member_id, team_id, unit_id,"
                        + " opened_by_visit, due_on, open_key) values (?, ?, ?, ?, ?, ?, ?, ?)"
                        + " on duplicate key update due_on = values(due_on), member_id = values(member_id),"
                        + " team_id = values(team_id), opened_by_visit = values(opened_by_visit)")
                .setParameter(1, visit.getHouseholdId())
                .setParameter(2, service.getService().name())
                .setParameter(3, visit.getAuthorMemberId())
                .setParameter(4, visit.getTeamId())
                .setParameter(5, visit.getUnitId())
                .setParameter(6, visit.getId())
                .setParameter(7, due)
                .setParameter(8, key)
                .executeUpdate();
    }

    private void close(Visit visit, String key) {
        em.createNativeQuery("update follow_up f set f.closed_by_visit = ?, f.closed_on = ?, f.open_key = null"
                        + " where f.open_key = ? and f.opened_by_visit <> ? and (select o.visited_at from visit o"
                        + " where o.id = f.opened_by_visit) <= ?")
                .setParameter(1, visit.getId())
                .setParameter(2, Date.valueOf(visit.getVisitedOn()))
                .setParameter(3, key)
                .setParameter(4, visit.getId())
                .setParameter(5, Timestamp.valueOf(visit.getVisitedAt()))
                .executeUpdate();
    }
}
