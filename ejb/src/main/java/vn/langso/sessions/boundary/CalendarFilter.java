package vn.langso.sessions.boundary;

/**
 * Which sessions of the caller's area a calendar shows: a unit's subtree, a team's series, the sessions a member
 * leads; any left null does not narrow.
 */
public record CalendarFilter(Long unitId, Long teamId, Long facilitatorId) {

    public static final CalendarFilter ALL = new CalendarFilter(null, null, null);
}
