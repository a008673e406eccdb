package vn.langso.visits.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.langso.kernel.BasicDigitalSkill;
import vn.langso.kernel.OutreachService;
import vn.langso.visits.boundary.VisitFacts.ResidentSkills;

/**
 * Households and visits as another component counts them (coverage), read in the caller's transaction. PermitAll: it
 * answers for whoever the asking boundary decided, and shows no names but residents' to the code that counts them.
 *
 * <p>The reads of one household are locking reads: they see every committed row, not the transaction's snapshot, so
 * that a writer that holds the household's coverage lock counts the visit another writer committed a moment ago.
 */
@Stateless
@PermitAll
public class VisitRecords {

    private static final String LOCKING = " lock in share mode";

    @PersistenceContext
    EntityManager em;

    /** The household, read with a shared lock: it cannot change unit or registration until this transaction ends. */
    public Optional<RegisteredHousehold> household(long householdId) {
        List<?> rows = em.createNativeQuery("select id, unit_id, active from household where id = ?" + LOCKING)
                .setParameter(1, householdId)
                .getResultList();
        return rows.stream().map(row -> registered((Object[]) row)).findFirst();
    }

    /**
     * Locks the households against other writes until the caller's transaction ends, the lower id first: a component
     * recording something of a household (attendance) takes the same turn as a visit does, so the coverage both
     * count toward is worked out by one writer at a time, and two writers never wait for each other crosswise.
     */
    public void holdForWrite(Collection<Long> householdIds) {
        for (long id : new java.util.TreeSet<>(householdIds)) {
            em.createNativeQuery("select id from household where id = ? for update")
                    .setParameter(1, id)
                    .getResultList();
        }
    }

    /** Every unit that has households, active or not (a hamlet merged away keeps its households' history). */
    @SuppressWarnings("unchecked")
    public List<Long> unitsWithHouseholds() {
        return ((List<Number>) em.createNativeQuery("select distinct unit_id from household")
                        .getResultList())
                .stream().map(Number::longValue).toList();
    }

    /** The households of a hamlet, registered or not. */
    public List<RegisteredHousehold> householdsIn(long unitId) {
        List<?> rows = em.createNativeQuery("select id, unit_id, active from household where unit_id = ?")
                .setParameter(1, unitId)
                .getResultList();
        return rows.stream().map(row -> registered((Object[]) row)).toList();
    }

    /** Every visit to the household, with locking reads (see the class comment). */
    public List<VisitFacts> ofHousehold(long householdId) {
        return facts("v.household_id = ?", householdId, LOCKING);
    }

    /** Every visit to the households of a hamlet (wherever the visit was counted). */
    public List<VisitFacts> ofHouseholdsIn(long unitId) {
        return facts("v.household_id in (select h.id from household h where h.unit_id = ?)", unitId, "");
    }

    /** How many visits were counted in the unit (the household's unit on the visit's day), per day and author. */
    public List<VisitCount> visitsPerDay(long unitId) {
        List<?> rows = em.createNativeQuery("select visited_on, author_member_id, count(*) from visit where unit_id = ?"
                        + " group by visited_on, author_member_id")
                .setParameter(1, unitId)
                .getResultList();
        return rows.stream()
                .map(row -> (Object[]) row)
                .map(columns -> new VisitCount(
                        ((Date) columns[0]).toLocalDate(),
                        ((Number) columns[1]).longValue(),
                        ((Number) columns[2]).intValue()))
                .toList();
    }

    /** Visits one member logged on one day. */
    public record VisitCount(LocalDate day, long authorMemberId, int visits) {}

    /** The visits a member logged in a period, and the different households they went to. */
    public long[] contributionOf(long memberId, LocalDate from, LocalDate to) {
        Object[] row = (Object[]) em.createNativeQuery("select count(*), count(distinct household_id) from visit"
                        + " where author_member_id = ? and visited_at >= ? and visited_at < ?")
                .setParameter(1, memberId)
                .setParameter(2, java.sql.Timestamp.valueOf(from.atStartOfDay()))
                .setParameter(3, java.sql.Timestamp.valueOf(to.plusDays(1).atStartOfDay()))
                .getSingleResult();
        return new long[] {((Number) row[0]).longValue(), ((Number) row[1]).longValue()};
    }

    /** Follow-ups still open whose day has passed, per unit (units without any left out). */
    public Map<Long, Long> overdueFollowUps(Collection<Long> unitIds, LocalDate today) {
        if (unitIds.isEmpty()) {
            return Map.of();
        }
        return perUnit(em.createNativeQuery("select unit_id, count(*) from follow_up where unit_id in (:units)"
                        + " and closed_on is null and due_on < :today group by unit_id")
                .setParameter("units", unitIds)
                .setParameter("today", Date.valueOf(today))
                .getResultList());
    }

    /** Data-quality flags of visits nobody has resolved yet, per unit (units without any left out). */
    public Map<Long, Long> openFlags(Collection<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return Map.of();
        }
        return perUnit(em.createNativeQuery("select unit_id, count(*) from visit_flag where unit_id in (:units)"
                        + " and resolved_at is null group by unit_id")
                .setParameter("units", unitIds)
                .getResultList());
    }

    private static Map<Long, Long> perUnit(List<?> rows) {
        Map<Long, Long> counts = new java.util.HashMap<>();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            counts.put(((Number) columns[0]).longValue(), ((Number) columns[1]).longValue());
        }
        return counts;
    }

    private List<VisitFacts> facts(String condition, long parameter, String locking) {
        Map<String, Draft> drafts = new LinkedHashMap<>();
        for (Object row : em.createNativeQuery("select v.id, v.household_id, v.visited_on from visit v where "
                        + condition + " order by v.visited_at, v.id" + locking)
                .setParameter(1, parameter)
                .getResultList()) {
            Object[] columns = (Object[]) row;
            drafts.put(
                    (String) columns[0],
                    new Draft(((Number) columns[1]).longValue(), ((Date) columns[2]).toLocalDate()));
        }
        if (drafts.isEmpty()) {
            return List.of();
        }
        for (Object row : em.createNativeQuery("select s.visit_id, s.service, s.outcome from visit_service s"
                        + " join visit v on v.id = s.visit_id where " + condition + locking)
                .setParameter(1, parameter)
                .getResultList()) {
            Object[] columns = (Object[]) row;
            Draft draft = drafts.get((String) columns[0]);
            if (draft != null) {
                draft.outcome(OutreachService.valueOf((String) columns[1]), (String) columns[2]);
            }
        }
        for (Object row : em.createNativeQuery("select r.visit_id, r.name, r.skills from visit_resident r"
                        + " join visit v on v.id = r.visit_id where " + condition + " order by r.position" + locking)
                .setParameter(1, parameter)
                .getResultList()) {
            Object[] columns = (Object[]) row;
            Draft draft = drafts.get((String) columns[0]);
            if (draft != null) {
                draft.residents.add(new ResidentSkills((String) columns[1], skills((String) columns[2])));
            }
        }
        List<VisitFacts> facts = new ArrayList<>(drafts.size());
        drafts.forEach((id, draft) -> facts.add(new VisitFacts(
                id,
                draft.householdId,
                draft.visitedOn,
                Set.copyOf(draft.done),
                Set.copyOf(draft.partial),
                Set.copyOf(draft.declined),
                List.copyOf(draft.residents))));
        return facts;
    }

    private static RegisteredHousehold registered(Object[] columns) {
        return new RegisteredHousehold(
                ((Number) columns[0]).longValue(), ((Number) columns[1]).longValue(), truth(columns[2]));
    }

    private static boolean truth(Object value) {
        return value instanceof Boolean b ? b : ((Number) value).intValue() != 0;
    }

    private static Set<BasicDigitalSkill> skills(String codes) {
        Set<BasicDigitalSkill> skills = EnumSet.noneOf(BasicDigitalSkill.class);
        if (codes != null && !codes.isBlank()) {
            Arrays.stream(codes.split(",")).map(BasicDigitalSkill::valueOf).forEach(skills::add);
        }
        return skills;
    }

    /** A visit being read, its outcomes sorted into the three that count. */
    private static final class Draft {
        final long householdId;
        final LocalDate visitedOn;
        final Set<OutreachService> done = EnumSet.noneOf(OutreachService.class);
        final Set<OutreachService> partial = EnumSet.noneOf(OutreachService.class);
        final Set<OutreachService> declined = EnumSet.noneOf(OutreachService.class);
        final List<ResidentSkills> residents = new ArrayList<>();

        Draft(long householdId, LocalDate visitedOn) {
            this.householdId = householdId;
            this.visitedOn = visitedOn;
        }

        void outcome(OutreachService service, String outcome) {
            switch (outcome) {
                case "DONE" -> done.add(service);
                case "PARTIAL" -> partial.add(service);
                case "DECLINED" -> declined.add(service);
                default -> {
                    // NOT_ELIGIBLE: the household was not helped and did not refuse.
                }
            }
        }
    }
}
