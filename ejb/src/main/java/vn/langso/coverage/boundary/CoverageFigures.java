package vn.langso.coverage.boundary;

import java.util.List;

/**
 * A unit's coverage for a period. Reached and proficient are households as of the period's last day, with those that
 * became so within it; visits and attendances (households at sessions) happened within it. The denominator,
 * {@code households}, is the registry's households where the unit has any, else the unit's official household figure;
 * {@code fromRegistry} says which. Percents have one decimal; null without households.
 */
public record CoverageFigures(
        long households,
        boolean fromRegistry,
        long registeredHouseholds,
        long officialHouseholds,
        long reached,
        Double reachedPercent,
        long reachedInPeriod,
        long proficient,
        Double proficientPercent,
        long proficientInPeriod,
        long visits,
        long attendances,
        List<ServiceFunnel> services) {

    public static final CoverageFigures NONE = of(0, 0, 0, 0, 0, 0, 0, 0, List.of());

    public static CoverageFigures of(
            long registeredHouseholds,
            long officialHouseholds,
            long reached,
            long reachedInPeriod,
            long proficient,
            long proficientInPeriod,
            long visits,
            long attendances,
            List<ServiceFunnel> services) {
        boolean fromRegistry = registeredHouseholds > 0;
        long households = fromRegistry ? registeredHouseholds : officialHouseholds;
        return new CoverageFigures(
                households,
                fromRegistry,
                registeredHouseholds,
                officialHouseholds,
                reached,
                percent(reached, households),
                reachedInPeriod,
                proficient,
                percent(proficient, households),
                proficientInPeriod,
                visits,
                attendances,
                services);
    }

    static Double percent(long part, long whole) {
        return whole == 0 ? null : Math.round(part * 1000.0 / whole) / 10.0;
    }
}
