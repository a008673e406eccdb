package vn.langso.visits.boundary;

/** The household as stored after a create, and whether this request created it (201) or found it (200). */
public record HouseholdWrite(HouseholdView household, boolean created) {}
