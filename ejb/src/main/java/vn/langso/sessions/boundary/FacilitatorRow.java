package vn.langso.sessions.boundary;

/** What the sessions a member led came to; a session with two facilitators counts for each. */
public record FacilitatorRow(long memberId, String name, SessionFigures figures) {}
