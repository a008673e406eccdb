package vn.langso.org.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.langso.kernel.AreaScope;
import vn.langso.kernel.SearchKey;

/**
 * What other components may know of the organisation, as published records: units, the team a member is on now,
 * and who is on a team. No scope check here: the asking boundary has decided already whom it answers for.
 */
@Dependent
public class OrgDirectory {

    static final String UNIT = "select new vn.langso.org.boundary.UnitRef(u.id, u.code, u.name, u.path,"
            + " p.name, case when l.depth = (select max(x.depth) from AdminLevel x) then true else false end)"
            + " from AdminUnit u join u.level l left join u.parent p";
    static final String PLACE = "select new vn.langso.org.boundary.TeamPlace(t.id, t.name, u.id, u.name,"
            + " u.path) from TeamMembership m join m.team t join t.unit u";

    @PersistenceContext
    EntityManager em;

    public Optional<UnitRef> unit(long id) {
        return em.createQuery(UNIT + " where u.id = :id", UnitRef.class)
                .setParameter("id", id)
                .getResultStream()
                .findFirst();
    }

    public Optional<UnitRef> unitByCode(String code) {
        return em.createQuery(UNIT + " where u.code = :code and u.validTo is null", UnitRef.class)
                .setParameter("code", code == null ? "" : code.trim())
                .getResultStream()
                .findFirst();
    }

    /** The hamlets (units of the deepest level) of an area, by name. */
    public List<UnitRef> deepestUnitsIn(AreaScope area) {
        return em.createQuery(
                        UNIT + " where u.path like :area and l.depth = (select max(x.depth) from AdminLevel x)"
                                + " and u.active = true order by p.name, u.name",
                        UnitRef.class)
                .setParameter("area", area.pathPattern())
                .getResultList();
    }

    /** Every unit of an area with its path: a component adds its own rows up by subtree in one read. */
    public Map<Long, String> unitPathsIn(AreaScope area) {
        Map<Long, String> paths = new HashMap<>();
        em.createQuery("select u.id, u.path from AdminUnit u where u.path like :area", Object[].class)
                .setParameter("area", area.pathPattern())
                .getResultList()
                .forEach(row -> paths.put((Long) row[0], (String) row[1]));
        return paths;
    }

    /** The ids of every unit of an area, for a component that keeps unit ids on its own rows. */
    public List<Long> unitIdsIn(AreaScope area) {
        return em.createQuery("select u.id from AdminUnit u where u.path like :area", Long.class)
                .setParameter("area", area.pathPattern())
                .getResultList();
    }

    /** The number of households each unit has by its official figure (the statistics office's, kept on the unit). */
    public Map<Long, Integer> householdFigures(Collection<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Integer> figures = new HashMap<>();
        em.createQuery("select u.id, u.households from AdminUnit u where u.id in :ids", Object[].class)
                .setParameter("ids", unitIds)
                .getResultList()
                .forEach(row -> figures.put((Long) row[0], ((Number) row[1]).intValue()));
        return figures;
    }

    /** The team the member is on today (an open membership). */
    public Optional<TeamPlace> currentTeamOf(long memberId) {
        return em.createQuery(
                        PLACE + " where m.member.id = :member and m.endedOn is null order by m.id desc",
                        TeamPlace.class)
                .setParameter("member", memberId)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    public Optional<TeamPlace> team(long teamId) {
        return em.createQuery(
                        "select new vn.langso.org.boundary.TeamPlace(t.id, t.name, u.id, u.name, u.path)"
                                + " from Team t join t.unit u where t.id = :team",
                        TeamPlace.class)
                .setParameter("team", teamId)
                .getResultStream()
                .findFirst();
    }

    /**
     * Today's members of the active teams working in or around a unit: its own teams, those of the units above it
     * (a hamlet's commune team) and below it. Who may lead a session there.
     */
    public List<MemberRef> membersAround(UnitRef unit) {
        return em.createQuery(
                        "select distinct new vn.langso.org.boundary.MemberRef(mb.id, mb.fullName)"
                                + " from TeamMembership m join m.member mb join m.team t join t.unit u"
                                + " where m.endedOn is null and t.active = true"
                                + " and (u.path like :below or :path like concat(u.path, '%'))"
                                + " order by mb.fullName",
                        MemberRef.class)
                .setParameter("below", unit.path() + "%")
                .setParameter("path", unit.path())
                .setMaxResults(300)
                .getResultList();
    }

    /** The team's members today, by name. */
    public List<MemberRef> currentMembers(long teamId) {
        return em.createQuery(
                        "select new vn.langso.org.boundary.MemberRef(mb.id, mb.fullName)"
                                + " from TeamMembership m join m.member mb where m.team.id = :team"
                                + " and m.endedOn is null order by mb.fullName",
                        MemberRef.class)
                .setParameter("team", teamId)
                .getResultList();
    }

    public Map<Long, String> memberNames(Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("select m.id, m.fullName from Member m where m.id in :ids", Object[].class)
                    .setParameter("ids", ids)
                    .getResultList()
                    .forEach(row -> names.put((Long) row[0], (String) row[1]));
        }
        return names;
    }

    public Map<Long, String> unitNames(Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("select u.id, u.name from AdminUnit u where u.id in :ids", Object[].class)
                    .setParameter("ids", ids)
                    .getResultList()
                    .forEach(row -> names.put((Long) row[0], (String) row[1]));
        }
        return names;
    }

    /** Units of an area whose names hold the words typed, accent-insensitive, by name. */
    public List<UnitRef> unitsMatching(AreaScope area, String text, int most) {
        return em.createQuery(
                        UNIT + " where u.path like :area and u.searchKey like :key and u.active = true order by u.name",
                        UnitRef.class)
                .setParameter("area", area.pathPattern())
                .setParameter("key", SearchKey.containing(text))
                .setMaxResults(most)
                .getResultList();
    }

    /** Active teams in an area whose names hold the words typed, by name. */
    public List<TeamPlace> teamsMatching(AreaScope area, String text, int most) {
        return em.createQuery(
                        "select new vn.langso.org.boundary.TeamPlace(t.id, t.name, u.id, u.name, u.path)"
                                + " from Team t join t.unit u where u.path like :area and t.searchKey like :key"
                                + " and t.active = true order by t.name",
                        TeamPlace.class)
                .setParameter("area", area.pathPattern())
                .setParameter("key", SearchKey.containing(text))
                .setMaxResults(most)
                .getResultList();
    }

    /** Members on a team of an area today whose names hold the words typed, by name. */
    public List<MemberRef> membersMatching(AreaScope area, String text, int most) {
        return em.createQuery(
                        "select distinct new vn.langso.org.boundary.MemberRef(mb.id, mb.fullName)"
                                + " from TeamMembership m join m.member mb join m.team t join t.unit u"
                                + " where m.endedOn is null and u.path like :area and mb.searchKey like :key"
                                + " order by mb.fullName",
                        MemberRef.class)
                .setParameter("area", area.pathPattern())
                .setParameter("key", SearchKey.containing(text))
                .setMaxResults(most)
                .getResultList();
    }
}
