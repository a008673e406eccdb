package vn.langso.visits.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import vn.langso.kernel.LocalDates;
import vn.langso.notifications.boundary.Notifier;

/**
 * Reminds each member, once a day, of their follow-ups due today or overdue: one in-app notification per member and
 * day, whose dedupe key makes a second run (or a run on a second node) send nothing again. Each in its own
 * transaction, like the certificate reminders.
 */
@Stateless
@PermitAll
public class FollowUpReminders {

    public static final String MESSAGE_KEY = "notifications.followUpsDue";
    public static final String LINK = "/visits/follow-ups.xhtml";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Notifier notifier;

    @Resource
    SessionContext session;

    /** How many members were reminded by this run. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int remindDue() {
        LocalDate today = LocalDates.today(clock);
        List<Object[]> due = em.createQuery(
                        "select f.memberId, count(f), sum(case when f.dueOn < :today then 1 else 0 end)"
                                + " from FollowUp f where f.openKey is not null and f.dueOn <= :today"
                                + " group by f.memberId order by f.memberId",
                        Object[].class)
                .setParameter("today", today)
                .getResultList();
        FollowUpReminders self = session.getBusinessObject(FollowUpReminders.class);
        int reminded = 0;
        for (Object[] row : due) {
            if (self.remind(
                    ((Number) row[0]).longValue(),
                    ((Number) row[1]).longValue(),
                    ((Number) row[2]).longValue(),
                    today)) {
                reminded++;
            }
        }
        return reminded;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean remind(long memberId, long due, long overdue, LocalDate today) {
        return notifier.notifyOnce(
                memberId,
                reminderKey(memberId, today),
                MESSAGE_KEY,
                List.of(String.valueOf(due), String.valueOf(overdue)),
                LINK);
    }

    public static String reminderKey(long memberId, LocalDate day) {
        return "follow-ups:" + memberId + ":" + day;
    }
}
