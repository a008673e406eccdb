package vn.langso.visits.boundary;

import java.time.LocalDate;

/** Which visits: of a household, of a team, between two days (both included), or only the caller's own. */
public record VisitFilter(Long householdId, Long teamId, LocalDate from, LocalDate to, boolean mine) {}
