package vn.langso.certification.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** The team a member is in now, and its unit: what decides which leaders see the member's certificates. */
@Dependent
public class HolderTeams {

    /** The member's current team, its unit's name and path. */
    public record Placement(String teamName, String unitName, String unitPath) {}

    @PersistenceContext
    EntityManager em;

    /** Null for a member in no team now. */
    @SuppressWarnings("unchecked")
    public Placement of(long memberId) {
        List<Object[]> rows = em.createNativeQuery("select t.name, u.name, u.path from team_membership m"
                        + " join team t on t.id = m.team_id join admin_unit u on u.id = t.unit_id"
                        + " where m.member_id = ? and m.ended_on is null")
                .setParameter(1, memberId)
                .getResultList();
        return rows.isEmpty()
                ? null
                : new Placement((String) rows.get(0)[0], (String) rows.get(0)[1], (String) rows.get(0)[2]);
    }
}
