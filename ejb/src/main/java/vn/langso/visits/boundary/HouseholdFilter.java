package vn.langso.visits.boundary;

/** Which households: of a unit's subtree, matching a text (a name without diacritics, a code, house number or phone). */
public record HouseholdFilter(Long unitId, String text) {}
