package vn.langso.org.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.langso.org.entity.TeamRole;

/** Whether an account belongs to the member who leads a team now. */
@Dependent
public class TeamLeadership {

    @PersistenceContext
    EntityManager em;

    public boolean leads(String username, long teamId) {
        return !em.createQuery("select m.id from TeamMembership m, Account a where a.username = :caller"
                        + " and a.member = m.member and m.team.id = :team and m.endedOn is null"
                        + " and m.teamRole = :leader")
                .setParameter("caller", username)
                .setParameter("team", teamId)
                .setParameter("leader", TeamRole.LEADER)
                .getResultList()
                .isEmpty();
    }
}
