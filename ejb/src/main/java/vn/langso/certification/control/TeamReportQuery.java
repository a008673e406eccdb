package vn.langso.certification.control;

import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.langso.certification.control.CertifiedReportQuery.ReportSkill;

/**
 * The team leader's table: the team the caller's member leads now, its current members, and their certificates in
 * the active skills, one cell per member and skill.
 */
public final class TeamReportQuery {

    /** What a cell says: the certificate's status as of today, or none. */
    public enum CellStatus {
        NONE,
        ACTIVE,
        EXPIRED,
        REVOKED
    }

    public record LedTeam(long id, String name, String unitName) {}

    public record Cell(CellStatus status, LocalDate expiresOn, boolean expiresSoon) {

        static final Cell NONE = new Cell(CellStatus.NONE, null, false);
    }

    public record MemberCells(long memberId, String fullName, List<Cell> cells) {}

    private TeamReportQuery() {}

    public static Optional<LedTeam> ledBy(EntityManager em, String username) {
        return CertifiedReportQuery.rows(em.createNativeQuery("select t.id, t.name, u.name from account a"
                                + " join team_membership m on m.member_id = a.member_id"
                                + " join team t on t.id = m.team_id join admin_unit u on u.id = t.unit_id"
                                + " where a.username = ? and a.enabled and m.ended_on is null"
                                + " and m.team_role = 'LEADER' order by m.started_on desc, m.id desc")
                        .setParameter(1, username)
                        .setMaxResults(1)
                        .getResultList())
                .stream()
                .map(r -> new LedTeam(((Number) r[0]).longValue(), (String) r[1], (String) r[2]))
                .findFirst();
    }

    public static List<MemberCells> members(
            EntityManager em, long teamId, List<ReportSkill> skills, LocalDate today, int soonDays) {
        Map<Long, Map<Long, Object[]>> certificates = new HashMap<>();
        CertifiedReportQuery.rows(em.createNativeQuery("select c.member_id, c.skill_id, c.status, c.expires_on"
                                + " from certificate c join team_membership m on m.member_id = c.member_id"
                                + " where m.team_id = ? and m.ended_on is null")
                        .setParameter(1, teamId)
                        .getResultList())
                .forEach(r -> certificates
                        .computeIfAbsent(((Number) r[0]).longValue(), k -> new HashMap<>())
                        .put(((Number) r[1]).longValue(), r));
        return CertifiedReportQuery.rows(em.createNativeQuery("select mb.id, mb.full_name from team_membership m"
                                + " join member mb on mb.id = m.member_id where m.team_id = ? and m.ended_on is null"
                                + " order by mb.full_name, mb.id")
                        .setParameter(1, teamId)
                        .getResultList())
                .stream()
                .map(r -> {
                    long member = ((Number) r[0]).longValue();
                    Map<Long, Object[]> held = certificates.getOrDefault(member, Map.of());
                    List<Cell> cells = skills.stream()
                            .map(skill -> cell(held.get(skill.id()), today, soonDays))
                            .toList();
                    return new MemberCells(member, (String) r[1], cells);
                })
                .toList();
    }

    static Cell cell(Object[] certificate, LocalDate today, int soonDays) {
        if (certificate == null) {
            return Cell.NONE;
        }
        return cell(CellStatus.valueOf((String) certificate[2]), date(certificate[3]), today, soonDays);
    }

    /** An active certificate past its date is expired, even before the night job marks it so. */
    public static Cell cell(CellStatus stored, LocalDate expiresOn, LocalDate today, int soonDays) {
        if (stored == CellStatus.ACTIVE && expiresOn.isBefore(today)) {
            return new Cell(CellStatus.EXPIRED, expiresOn, false);
        }
        boolean soon = stored == CellStatus.ACTIVE && !expiresOn.isAfter(today.plusDays(soonDays));
        return new Cell(stored, expiresOn, soon);
    }

    private static LocalDate date(Object value) {
        return value instanceof LocalDate day ? day : ((Date) value).toLocalDate();
    }
}
