package vn.langso.coverage.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.logging.Logger;
import vn.langso.coverage.control.Contribution;
import vn.langso.coverage.control.CounterKey;
import vn.langso.coverage.control.Counters;
import vn.langso.coverage.control.HouseholdCoverage;
import vn.langso.coverage.control.HouseholdState;
import vn.langso.coverage.control.Measure;
import vn.langso.kernel.AreaScope;
import vn.langso.org.boundary.OrgDirectory;
import vn.langso.org.boundary.UnitRef;
import vn.langso.sessions.boundary.AttendedSessions;
import vn.langso.sessions.boundary.HouseholdAttendance;
import vn.langso.visits.boundary.RegisteredHousehold;
import vn.langso.visits.boundary.VisitFacts;
import vn.langso.visits.boundary.VisitRecords;

/**
 * Counts every hamlet's coverage again from the raw visits, attendance and registry, compares it with the counters the
 * writes kept, records any difference as drift and puts it right. There should never be drift: this is the proof.
 *
 * <p>Each hamlet in its own transaction, which first locks the hamlet's coverage rows: a write to one of its households
 * waits (at most the hamlet's recount, tens of milliseconds) and then works on what the recount wrote, so a recount
 * running beside the teams' work neither misses a visit nor counts one twice.
 */
@Stateless
@PermitAll
public class CoverageRecount {

    private static final Logger LOG = Logger.getLogger(CoverageRecount.class.getName());

    /** What a recount of all hamlets found. */
    public record Outcome(int hamlets, int households, int drifted) {}

    @PersistenceContext
    EntityManager em;

    @Inject
    OrgDirectory directory;

    @Inject
    VisitRecords visits;

    @Inject
    AttendedSessions sessions;

    @Inject
    HouseholdCoverage households;

    @Inject
    Counters counters;

    @Inject
    Clock clock;

    @Resource
    SessionContext context;

    /** The nightly proof: recounts every hamlet and records what differed. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Outcome recountAll() {
        return recount(true);
    }

    /**
     * The first count, when coverage has never been counted to the end (a new installation's data, a demo written in
     * bulk): the
     * same recount, without recording the difference as drift, since nothing was kept before. In the background: a
     * province's two years of visits take minutes, longer than a deployment may, and the visits written meanwhile
     * count themselves (see the class comment), so nothing waits for it but the figures of the hamlets not yet done.
     */
    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void countFirstTimeIfNeeded() {
        Number counted = (Number)
                em.createNativeQuery("select count(*) from coverage_household").getSingleResult();
        if (counted.longValue() == 0) {
            long started = System.nanoTime();
            Outcome outcome = recount(false);
            LOG.info(() -> String.format(
                    "Coverage counted for the first time in %d ms: %d hamlets, %d households",
                    (System.nanoTime() - started) / 1_000_000, outcome.hamlets(), outcome.households()));
        }
    }

    private Outcome recount(boolean recordDrift) {
        TreeSet<Long> hamlets = new TreeSet<>(counters.countedUnits());
        directory.deepestUnitsIn(AreaScope.EVERYWHERE).stream().map(UnitRef::id).forEach(hamlets::add);
        hamlets.addAll(visits.unitsWithHouseholds());
        CoverageRecount self = context.getBusinessObject(CoverageRecount.class);
        int householdCount = 0;
        int drifted = 0;
        for (long hamlet : hamlets) {
            int[] counted = self.recountHamlet(hamlet, recordDrift);
            householdCount += counted[0];
            drifted += counted[1];
        }
        return new Outcome(hamlets.size(), householdCount, drifted);
    }

    /** Recounts one hamlet; answers its households and the counters that had drifted. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int[] recountHamlet(long unitId, boolean recordDrift) {
        // Locks first, before any plain read starts this transaction's snapshot: writes that are waiting for these
        // rows are not in the snapshot, and will count themselves from what is written here once it commits.
        em.createNativeQuery("select household_id from coverage_household where unit_id = ? for update")
                .setParameter(1, unitId)
                .getResultList();
        Map<CounterKey, Integer> found = counters.lockedOf(unitId);

        List<RegisteredHousehold> registry = visits.householdsIn(unitId);
        Map<Long, List<VisitFacts>> visitsOf = new HashMap<>();
        visits.ofHouseholdsIn(unitId).forEach(v -> visitsOf.computeIfAbsent(v.householdId(), id -> new ArrayList<>())
                .add(v));
        Map<Long, List<HouseholdAttendance>> sessionsOf = new HashMap<>();
        sessions.ofHouseholds(registry.stream().map(RegisteredHousehold::id).toList())
                .forEach(a -> sessionsOf
                        .computeIfAbsent(a.householdId(), id -> new ArrayList<>())
                        .add(a));

        Map<CounterKey, Integer> expected = new TreeMap<>();
        Map<Long, HouseholdState> stored = households.storedIn(unitId);
        for (RegisteredHousehold household : registry) {
            HouseholdState state = HouseholdState.of(
                    household.unitId(),
                    household.active(),
                    HouseholdCoverage.activities(
                            visitsOf.getOrDefault(household.id(), List.of()),
                            sessionsOf.getOrDefault(household.id(), List.of())));
            Counters.count(state.contributions(), 1, expected);
            if (!state.equals(stored.get(household.id()))) {
                households.store(household.id(), state);
            }
        }
        for (VisitRecords.VisitCount visits : this.visits.visitsPerDay(unitId)) {
            count(expected, unitId, Measure.VISITS, visits.day(), visits.visits());
            count(expected, unitId, Measure.visitsBy(visits.authorMemberId()), visits.day(), visits.visits());
        }
        sessions.householdAttendancesPerDay(unitId)
                .forEach((day, n) -> count(expected, unitId, Measure.ATTENDANCES, day, n));

        Map<CounterKey, Integer> corrections = new TreeMap<>();
        TreeSet<CounterKey> keys = new TreeSet<>(expected.keySet());
        keys.addAll(found.keySet());
        LocalDateTime now = LocalDateTime.now(clock);
        int drifted = 0;
        for (CounterKey key : keys) {
            int should = expected.getOrDefault(key, 0);
            int is = found.getOrDefault(key, 0);
            if (should != is) {
                corrections.put(key, should - is);
                drifted++;
                if (recordDrift) {
                    recordDrift(key, should, is, now);
                }
            }
        }
        counters.add(corrections);
        return new int[] {registry.size(), drifted};
    }

    private void recordDrift(CounterKey key, int expected, int found, LocalDateTime now) {
        LOG.warning(() -> "Coverage drift: " + key + " should be " + expected + ", was " + found);
        em.createNativeQuery("insert into coverage_drift (found_at, unit_id, grain, measure, start, expected, found)"
                        + " values (?, ?, ?, ?, ?, ?, ?)")
                .setParameter(1, Timestamp.valueOf(now))
                .setParameter(2, key.unitId())
                .setParameter(3, String.valueOf(key.grain()))
                .setParameter(4, key.measure())
                .setParameter(5, Date.valueOf(key.start()))
                .setParameter(6, expected)
                .setParameter(7, found)
                .executeUpdate();
    }

    private static void count(
            Map<CounterKey, Integer> into, long unitId, String measure, java.time.LocalDate day, int n) {
        Counters.count(List.of(new Contribution(unitId, measure, day)), n, into);
    }
}
