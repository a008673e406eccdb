package vn.langso.coverage.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.langso.sessions.boundary.AttendedSessions;
import vn.langso.sessions.boundary.HouseholdAttendance;
import vn.langso.visits.boundary.RegisteredHousehold;
import vn.langso.visits.boundary.VisitFacts;
import vn.langso.visits.boundary.VisitRecords;

/**
 * Keeps a household's coverage state (coverage_household and its services) equal to what its visits and sessions add
 * up to, and says by how much its hamlet's counters change. Runs in the transaction that changed the household.
 */
@Dependent
public class HouseholdCoverage {

    @PersistenceContext
    EntityManager em;

    @Inject
    VisitRecords visits;

    @Inject
    AttendedSessions sessions;

    /**
     * Works the household's state out again, under its coverage row's lock, and adds the change in what it contributes
     * to {@code changes}. The lock puts the writes of one household in a row; the locking reads below see what the one
     * before committed.
     */
    public void refresh(long householdId, Map<CounterKey, Integer> changes) {
        Optional<RegisteredHousehold> household = visits.household(householdId);
        if (household.isEmpty()) {
            return;
        }
        HouseholdState before = locked(household.get());
        HouseholdState after = HouseholdState.of(
                household.get().unitId(),
                household.get().active(),
                activities(visits.ofHousehold(householdId), sessions.ofHousehold(householdId)));
        if (after.equals(before)) {
            return;
        }
        Counters.count(after.contributions(), 1, changes);
        Counters.count(before.contributions(), -1, changes);
        store(householdId, after);
    }

    /**
     * A new visit of a household folded into its stored state, under the row's lock, without reading its other
     * visits: every part of the state is an earliest day (see {@link HouseholdState}). Answers false, having changed
     * nothing, when the household has no stored state yet or the one stored is of another hamlet or registry state;
     * then {@link #refresh} works it out from everything.
     */
    public boolean fold(
            long householdId, long unitId, boolean registered, Activity visit, Map<CounterKey, Integer> changes) {
        HouseholdState before = states("h.household_id = ?", List.of(householdId), " for update")
                .get(householdId);
        if (before == null || before.unitId() != unitId || before.registered() != registered) {
            return false;
        }
        HouseholdState after = before.with(visit);
        if (!after.equals(before)) {
            Counters.count(after.contributions(), 1, changes);
            Counters.count(before.contributions(), -1, changes);
            store(householdId, after);
        }
        return true;
    }

    /** The household's stored state, its row locked; a household seen for the first time gets a row counting nothing. */
    private HouseholdState locked(RegisteredHousehold household) {
        // On a duplicate key the update takes the row's exclusive lock at once; INSERT IGNORE would take a shared one,
        // and two writers upgrading their shared locks would deadlock.
        em.createNativeQuery("insert into coverage_household (household_id, unit_id, registered) values (?, ?, ?)"
                        + " on duplicate key update household_id = household_id")
                .setParameter(1, household.id())
                .setParameter(2, household.unitId())
                .setParameter(3, false)
                .executeUpdate();
        return states("h.household_id = ?", List.of(household.id()), " for update")
                .get(household.id());
    }

    /** The stored states of the households counted in a hamlet. */
    public Map<Long, HouseholdState> storedIn(long unitId) {
        return states("h.unit_id = ?", List.of(unitId), "");
    }

    /** The stored states of the households given (a page of a hamlet's list). */
    public Map<Long, HouseholdState> storedOf(Collection<Long> householdIds) {
        if (householdIds.isEmpty()) {
            return Map.of();
        }
        String marks = String.join(", ", java.util.Collections.nCopies(householdIds.size(), "?"));
        return states("h.household_id in (" + marks + ")", List.copyOf(householdIds), "");
    }

    private Map<Long, HouseholdState> states(String condition, List<Long> parameters, String locking) {
        Map<Long, HouseholdState> states = new HashMap<>();
        for (Object found : bind(
                        em.createNativeQuery("select h.household_id, h.unit_id, h.registered, h.reached_on,"
                                + " h.residents, h.services from coverage_household h where " + condition + locking),
                        parameters)
                .getResultList()) {
            Object[] row = (Object[]) found;
            states.put(
                    ((Number) row[0]).longValue(),
                    new HouseholdState(
                            ((Number) row[1]).longValue(),
                            truth(row[2]),
                            day(row[3]),
                            HouseholdState.parseResidents((String) row[4]),
                            HouseholdState.parseServices((String) row[5])));
        }
        return states;
    }

    private static Query bind(Query query, List<Long> parameters) {
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return query;
    }

    /** Writes the household's state over what was stored. */
    public void store(long householdId, HouseholdState state) {
        em.createNativeQuery("insert into coverage_household (household_id, unit_id, registered, reached_on,"
                        + " proficient_on, services, residents) values (?, ?, ?, ?, ?, ?, ?) on duplicate key update"
                        + " unit_id = values(unit_id), registered = values(registered), reached_on = values(reached_on),"
                        + " proficient_on = values(proficient_on), services = values(services),"
                        + " residents = values(residents)")
                .setParameter(1, householdId)
                .setParameter(2, state.unitId())
                .setParameter(3, state.registered())
                .setParameter(4, sqlDate(state.reachedOn()))
                .setParameter(5, sqlDate(state.proficientOn()))
                .setParameter(6, state.servicesText())
                .setParameter(7, state.residentsText())
                .executeUpdate();
    }

    /** A visit as coverage counts it. */
    public static Activity activity(VisitFacts visit) {
        return new Activity(
                visit.visitedOn(),
                visit.done(),
                visit.partial(),
                visit.declined(),
                visit.residents().stream()
                        .map(r -> new Activity.Resident(r.name(), r.skills()))
                        .toList());
    }

    /** The visits and sessions of a household as coverage counts them. */
    public static List<Activity> activities(Collection<VisitFacts> visits, Collection<HouseholdAttendance> sessions) {
        List<Activity> activities = new ArrayList<>(visits.size() + sessions.size());
        for (VisitFacts visit : visits) {
            activities.add(activity(visit));
        }
        for (HouseholdAttendance attended : sessions) {
            activities.add(new Activity(
                    attended.day(),
                    java.util.Set.of(),
                    java.util.Set.of(),
                    java.util.Set.of(),
                    attended.residents().stream()
                            .map(name -> new Activity.Resident(name, attended.skills()))
                            .toList()));
        }
        return activities;
    }

    static LocalDate day(Object value) {
        return value == null ? null : ((Date) value).toLocalDate();
    }

    static Date sqlDate(LocalDate day) {
        return day == null ? null : Date.valueOf(day);
    }

    static boolean truth(Object value) {
        return value instanceof Boolean b ? b : ((Number) value).intValue() != 0;
    }
}
