package vn.langso.coverage.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import vn.langso.coverage.control.Contribution;
import vn.langso.coverage.control.CounterKey;
import vn.langso.coverage.control.Counters;
import vn.langso.coverage.control.HouseholdCoverage;
import vn.langso.coverage.control.Measure;
import vn.langso.sessions.boundary.HouseholdAttendanceChanged;
import vn.langso.visits.boundary.HouseholdRegistered;
import vn.langso.visits.boundary.VisitStored;

/**
 * Keeps the coverage counters fresh: it hears each visit, attendance and registry change in the transaction that made
 * it (synchronous observers), so a figure is current the moment that transaction commits and never rebuilt in a batch.
 * Each write changes only its own hamlet's rows, never a district's or the province's.
 */
@ApplicationScoped
public class CoverageKeeper {

    @Inject
    HouseholdCoverage households;

    @Inject
    Counters counters;

    void visitStored(@Observes VisitStored visit) {
        Map<CounterKey, Integer> changes = new TreeMap<>();
        TreeSet<Long> touched = new TreeSet<>();
        touched.add(visit.householdId());
        if (!visit.isNew()) {
            touched.add(visit.previousHouseholdId());
            count(changes, visit.previousUnitId(), Measure.VISITS, visit.previousVisitedOn(), -1);
            count(
                    changes,
                    visit.previousUnitId(),
                    Measure.visitsBy(visit.authorMemberId()),
                    visit.previousVisitedOn(),
                    -1);
        }
        count(changes, visit.unitId(), Measure.VISITS, visit.visitedOn(), 1);
        count(changes, visit.unitId(), Measure.visitsBy(visit.authorMemberId()), visit.visitedOn(), 1);
        // A new visit only adds: it is folded into the household's stored state. An edit may take something back,
        // so its households are worked out again from all their visits and sessions.
        boolean folded = visit.isNew()
                && households.fold(
                        visit.householdId(),
                        visit.unitId(),
                        visit.householdRegistered(),
                        HouseholdCoverage.activity(visit.visit()),
                        changes);
        if (!folded) {
            touched.forEach(household -> households.refresh(household, changes));
        }
        counters.add(changes);
    }

    void attendanceChanged(@Observes HouseholdAttendanceChanged attendance) {
        Map<CounterKey, Integer> changes = new TreeMap<>();
        TreeSet<Long> touched = new TreeSet<>();
        if (attendance.previousHouseholdId() != null) {
            touched.add(attendance.previousHouseholdId());
            count(changes, attendance.previousUnitId(), Measure.ATTENDANCES, attendance.day(), -1);
        }
        if (attendance.householdId() != null) {
            touched.add(attendance.householdId());
            count(changes, attendance.unitId(), Measure.ATTENDANCES, attendance.day(), 1);
        }
        touched.forEach(household -> households.refresh(household, changes));
        counters.add(changes);
    }

    void registered(@Observes HouseholdRegistered registered) {
        Map<CounterKey, Integer> changes = new TreeMap<>();
        new TreeSet<>(registered.householdIds()).forEach(household -> households.refresh(household, changes));
        counters.add(changes);
    }

    private static void count(Map<CounterKey, Integer> changes, long unitId, String measure, LocalDate day, int sign) {
        Counters.count(java.util.List.of(new Contribution(unitId, measure, day)), sign, changes);
    }
}
