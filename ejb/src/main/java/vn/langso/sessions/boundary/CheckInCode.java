package vn.langso.sessions.boundary;

/** The self check-in code a session's screen shows now, and how many seconds it still holds. */
public record CheckInCode(long occurrenceId, String title, String code, int secondsLeft) {}
