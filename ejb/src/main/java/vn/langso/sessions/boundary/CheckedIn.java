package vn.langso.sessions.boundary;

import java.time.LocalDateTime;

/** A member's self check-in: the session, and whether this check-in recorded him (false: he was already). */
public record CheckedIn(long occurrenceId, String title, LocalDateTime startsAt, boolean recorded) {}
