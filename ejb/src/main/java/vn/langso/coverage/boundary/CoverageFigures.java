package vn.langso.coverage.boundary;

import java.util.List;

/**
 * A unit's coverage for a period. Reached and proficient are households as of the period's last day, with those that
 * became so within it; visits and attendances (households at sessions) happened within it. The denominator is the
 * registry's households where the unit has any, else the unit's official household figure; {@link #fromRegistry}
 * says which.
 */
public record CoverageFigures(
        long registeredHouseholds,
        long officialHouseholds,
        long reached,
        long reachedInPeriod,
        long proficient,
        long proficientInPeriod,
        long visits,
        long attendances,
        List<ServiceFunnel> services) {

    public static final CoverageFigures NONE = new CoverageFigures(0, 0, 0, 0, 0, 0, 0, 0, List.of());

    public boolean fromRegistry() {
        return registeredHouseholds > 0;
    }

    public long households() {
        return fromRegistry() ? registeredHouseholds : officialHouseholds;
    }

    /** Percent of households, one decimal; null without households. */
    public Double reachedPercent() {
        return percent(reached);
    }

    public Double proficientPercent() {
        return percent(proficient);
    }

    Double percent(long part) {
        long whole = households();
        return whole == 0 ? null : Math.round(part * 1000.0 / whole) / 10.0;
    }
}
