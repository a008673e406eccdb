package vn.langso.org.control;

import jakarta.ejb.SessionContext;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
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

    /**
     * Whether the caller sees members only through the teams he leads: a team leader who is not also a coordinator
     * or admin. His area is his commune, for teams and households; its members' phones and pages are their own
     * leaders' to see.
     */
    public static boolean seesOnlyTheTeamsHeLeads(SessionContext session) {
        return session.isCallerInRole("TEAM_LEADER")
                && !session.isCallerInRole("COORDINATOR")
                && !session.isCallerInRole("ADMIN");
    }

    /** The teams the account's member leads now; {@code -1} alone when none, so that {@code in} matches nothing. */
    public List<Long> teamsLedBy(String username) {
        List<Long> teams = em.createQuery(
                        "select m.team.id from TeamMembership m, Account a where a.username = :caller"
                                + " and a.member = m.member and m.endedOn is null and m.teamRole = :leader",
                        Long.class)
                .setParameter("caller", username)
                .setParameter("leader", TeamRole.LEADER)
                .getResultList();
        return teams.isEmpty() ? List.of(-1L) : teams;
    }
}
