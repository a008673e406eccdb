package vn.langso.certification.control;

import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import vn.langso.kernel.AreaScope;

/**
 * The counts behind the certified-by-unit report, by the unit a team belongs to: its current members (open
 * memberships), and per skill how many of them hold an active certificate and how many an expired one. An active
 * certificate whose date has passed counts as expired, even before the night job marks it. A member in no team
 * belongs to no unit, so the report leaves them out, like the learning reports.
 */
public final class CertifiedReportQuery {

    /** The members of the teams attached to one unit. */
    public record UnitMembers(String unitPath, long members) {}

    /** Certified and expired members of one unit's teams in one skill. */
    public record UnitSkill(String unitPath, long skillId, long certified, long expired) {}

    /** An active skill, a column of the reports. */
    public record ReportSkill(long id, String code, String name) {}

    static final String MEMBERS_OF_TEAMS = " from team_membership m join team t on t.id = m.team_id"
            + " join admin_unit u on u.id = t.unit_id"
            + " where m.ended_on is null and u.path like ? and u.path like ?";

    private final EntityManager em;
    private final AreaScope area;
    private final String subtreePattern;

    /** {@code subtreePath}: only that unit's subtree, or null for the whole area. */
    public CertifiedReportQuery(EntityManager em, AreaScope area, String subtreePath) {
        this.em = em;
        this.area = area;
        this.subtreePattern = subtreePath == null ? "%" : subtreePath + "%";
    }

    public static List<ReportSkill> activeSkills(EntityManager em) {
        return rows(em.createNativeQuery("select id, code, name from skill where active order by name, id")
                        .getResultList())
                .stream()
                .map(r -> new ReportSkill(((Number) r[0]).longValue(), (String) r[1], (String) r[2]))
                .toList();
    }

    public List<UnitMembers> members() {
        return rows(em.createNativeQuery("select u.path, count(m.member_id)" + MEMBERS_OF_TEAMS + " group by u.path")
                        .setParameter(1, area.pathPattern())
                        .setParameter(2, subtreePattern)
                        .getResultList())
                .stream()
                .map(r -> new UnitMembers((String) r[0], ((Number) r[1]).longValue()))
                .toList();
    }

    /**
     * The members of the area's teams and, per active skill, those of them certified today, as totals: what a
     * dashboard shows. Everywhere needs no unit at all, which spares the province's dashboard the join through
     * every team's unit.
     */
    public Totals totals(LocalDate today) {
        boolean scoped = !area.isEverywhere() || !subtreePattern.equals("%");
        String from = scoped ? MEMBERS_OF_TEAMS : " from team_membership m where m.ended_on is null";
        jakarta.persistence.Query members = em.createNativeQuery("select count(m.member_id)" + from);
        jakarta.persistence.Query certified = em.createNativeQuery("select c.skill_id,"
                + " sum(case when c.status = 'ACTIVE' and c.expires_on >= ? then 1 else 0 end)"
                + from.replace(
                        " where",
                        " join certificate c on c.member_id = m.member_id join skill s on s.id = c.skill_id"
                                + " where s.active and")
                + " group by c.skill_id");
        certified.setParameter(1, Date.valueOf(today));
        if (scoped) {
            members.setParameter(1, area.pathPattern()).setParameter(2, subtreePattern);
            certified.setParameter(2, area.pathPattern()).setParameter(3, subtreePattern);
        }
        java.util.Map<Long, Long> bySkill = new java.util.HashMap<>();
        rows(certified.getResultList())
                .forEach(r -> bySkill.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue()));
        return new Totals(((Number) members.getSingleResult()).longValue(), bySkill);
    }

    /** Members of an area's teams, and per skill id those certified. */
    public record Totals(long members, java.util.Map<Long, Long> certifiedBySkill) {}

    public List<UnitSkill> certificates(LocalDate today) {
        String sql = "select u.path, c.skill_id,"
                + " sum(case when c.status = 'ACTIVE' and c.expires_on >= ? then 1 else 0 end),"
                + " sum(case when c.status = 'EXPIRED' or (c.status = 'ACTIVE' and c.expires_on < ?) then 1 else 0 end)"
                + MEMBERS_OF_TEAMS.replace(
                        " where",
                        " join certificate c on c.member_id = m.member_id join skill s on s.id = c.skill_id"
                                + " where s.active and")
                + " group by u.path, c.skill_id";
        return rows(em.createNativeQuery(sql)
                        .setParameter(1, Date.valueOf(today))
                        .setParameter(2, Date.valueOf(today))
                        .setParameter(3, area.pathPattern())
                        .setParameter(4, subtreePattern)
                        .getResultList())
                .stream()
                .map(r -> new UnitSkill(
                        (String) r[0],
                        ((Number) r[1]).longValue(),
                        ((Number) r[2]).longValue(),
                        ((Number) r[3]).longValue()))
                .toList();
    }

    @SuppressWarnings("unchecked")
    static List<Object[]> rows(List<?> result) {
        return (List<Object[]>) result;
    }
}
