package vn.langso.org.control;

import jakarta.persistence.EntityManager;

/**
 * Where teams sit: in the two deepest levels of the hierarchy, communes and villages, whatever a deployment calls
 * its levels (province → district → commune → hamlet before the 2025 reform, province → commune → hamlet after).
 */
public final class TeamPlacement {

    private TeamPlacement() {}

    /** The depth of the highest level a team may be attached to. */
    public static int highestTeamDepth(EntityManager em) {
        Integer deepest = em.createQuery("select max(l.depth) from AdminLevel l", Integer.class)
                .getSingleResult();
        return Math.max(1, (deepest == null ? 0 : deepest) - 1);
    }
}
