package vn.langso.visits.entity;

/** Why a visit looks doubtful. Stored and listed for team leaders and coordinators; never a refusal. */
public enum FlagKind {
    SAME_DAY_REPEAT,
    DATED_IN_FUTURE,
    DATED_TOO_LONG_AGO,
    OUTSIDE_TEAM_AREA,
    TOO_MANY_PER_HOUR,
    GPS_INACCURATE
}
