package vn.langso.coverage.boundary;

import java.util.List;

/**
 * A unit's coverage for a period. Reached and proficient are households as of the period's last day, with those that
 * became so within it; visits and attendances (households at sessions) happened within it. The denominator,
 * {@code households}, is the registry's households where the unit has any, else the unit's official household figure;
 * {@code fromRegistry} says which. Percents have one decimal; null without households. Sessions held and visits are
 * of the period, active members those who logged a visit in the months it touches; follow-ups overdue and open
 * quality flags are as of now.
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
        long sessionsHeld,
        long activeMembers,
        Double visitsPerActiveMember,
        long followUpsOverdue,
        long openFlags,
        List<ServiceFunnel> services) {

    public static final CoverageFigures NONE =
            of(0, 0, 0, 0, 0, 0, 0, 0, List.of()).with(0, 0, 0, 0);

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
                0,
                0,
                null,
                0,
                0,
                services);
    }

    /** The same with the figures read from other components: sessions, active members, follow-ups and flags. */
    public CoverageFigures with(long sessionsHeld, long activeMembers, long followUpsOverdue, long openFlags) {
        return new CoverageFigures(
                households,
                fromRegistry,
                registeredHouseholds,
                officialHouseholds,
                reached,
                reachedPercent,
                reachedInPeriod,
                proficient,
                proficientPercent,
                proficientInPeriod,
                visits,
                attendances,
                sessionsHeld,
                activeMembers,
                activeMembers == 0 ? null : Math.round(visits * 10.0 / activeMembers) / 10.0,
                followUpsOverdue,
                openFlags,
                services);
    }

    static Double percent(long part, long whole) {
        return whole == 0 ? null : Math.round(part * 1000.0 / whole) / 10.0;
    }
}
