package vn.langso.org.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import vn.langso.kernel.CsvTable;
import vn.langso.kernel.ImportRejectedException;
import vn.langso.org.boundary.ImportReport;
import vn.langso.org.control.CsvKeys.TeamKey;
import vn.langso.org.control.CsvMemberRows.MemberRow;
import vn.langso.org.entity.Member;
import vn.langso.org.entity.Team;
import vn.langso.org.entity.TeamMembership;

/**
 * Imports a members file in the caller's transaction: checks every row, then creates and updates members 500 at a
 * time, each chunk's stored members and open memberships read in two queries. A row naming a team the member is
 * not in ends their open membership today and opens one in that team; the same team with another role changes
 * the role. Blank cells leave stored values as they are.
 */
@Dependent
public class CsvMemberImport {

    static final int CHUNK = 500;

    @PersistenceContext
    EntityManager em;

    private record OpenMembership(TeamMembership membership, long teamId) {}

    public ImportReport run(CsvTable table, LocalDate today) {
        Map<TeamKey, List<Long>> teams = CsvLookups.teams(em, table.distinct(CsvMemberRows.TEAM_UNIT_CODE));
        List<MemberRow> rows = CsvMemberRows.check(table, teams, today);
        if (!table.errors().isEmpty()) {
            throw new ImportRejectedException(table.errors());
        }
        int created = 0;
        int updated = 0;
        for (int from = 0; from < rows.size(); from += CHUNK) {
            List<MemberRow> chunk = rows.subList(from, Math.min(from + CHUNK, rows.size()));
            List<String> phones = chunk.stream().map(MemberRow::phone).toList();
            Map<String, Member> stored = stored(phones);
            Map<Long, OpenMembership> open = openMemberships(phones);
            List<TeamMembership> starting = new ArrayList<>();
            for (MemberRow row : chunk) {
                Member member = stored.get(row.phone());
                boolean changed = false;
                if (member == null) {
                    member = new Member(row.fullName(), row.phone());
                    apply(member, row);
                    em.persist(member);
                    created++;
                } else {
                    changed = apply(member, row);
                }
                if (row.team() != null) {
                    long teamId = teams.get(row.team()).get(0);
                    OpenMembership current = member.getId() == null ? null : open.get(member.getId());
                    if (current != null && current.teamId() == teamId) {
                        if (current.membership().getTeamRole() != row.role()) {
                            current.membership().changeRole(row.role());
                            changed = true;
                        }
                    } else {
                        if (current != null) {
                            TeamMembership ending = current.membership();
                            ending.end(today.isBefore(ending.getStartedOn()) ? ending.getStartedOn() : today);
                        }
                        starting.add(
                                new TeamMembership(em.getReference(Team.class, teamId), member, row.role(), today));
                        changed = true;
                    }
                }
                if (changed && stored.containsKey(row.phone())) {
                    updated++;
                }
            }
            // Ended memberships are written before the new ones: the database allows one open membership a member.
            em.flush();
            starting.forEach(em::persist);
            em.flush();
            em.clear();
        }
        return new ImportReport(CsvFormat.MEMBERS, created, updated, rows.size() - created - updated);
    }

    private Map<String, Member> stored(List<String> phones) {
        Map<String, Member> members = new HashMap<>();
        em.createQuery("select p from Member p where p.phone in :phones", Member.class)
                .setParameter("phones", phones)
                .getResultList()
                .forEach(member -> members.put(member.getPhone(), member));
        return members;
    }

    private Map<Long, OpenMembership> openMemberships(List<String> phones) {
        Map<Long, OpenMembership> open = new HashMap<>();
        em.createQuery(
                        "select m, m.member.id, m.team.id from TeamMembership m"
                                + " where m.endedOn is null and m.member.phone in :phones",
                        Object[].class)
                .setParameter("phones", phones)
                .getResultList()
                .forEach(row -> open.put((Long) row[1], new OpenMembership((TeamMembership) row[0], (Long) row[2])));
        return open;
    }

    /** Writes the row's non-blank values; answers whether any differed from what was stored. */
    private static boolean apply(Member member, MemberRow row) {
        boolean changed = set(member.getFullName(), row.fullName(), member::setFullName);
        changed |= row.email() != null && set(member.getEmail(), row.email(), member::setEmail);
        changed |= row.birthYear() != null && set(member.getBirthYear(), row.birthYear(), member::setBirthYear);
        changed |= row.gender() != null && set(member.getGender(), row.gender(), member::setGender);
        changed |= row.affiliation() != null && set(member.getAffiliation(), row.affiliation(), member::setAffiliation);
        return changed;
    }

    private static <T> boolean set(T stored, T wanted, Consumer<T> setter) {
        if (Objects.equals(stored, wanted)) {
            return false;
        }
        setter.accept(wanted);
        return true;
    }
}
