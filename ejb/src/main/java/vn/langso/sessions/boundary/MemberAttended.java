package vn.langso.sessions.boundary;

/**
 * Published in the transaction that recorded a team member at a village session, so that what counts sessions
 * attended (a certification rule) sees it the moment it is committed.
 */
public record MemberAttended(long memberId, long occurrenceId) {}
