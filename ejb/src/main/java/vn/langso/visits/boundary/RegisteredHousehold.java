package vn.langso.visits.boundary;

/** A household of the registry as another component counts it: its hamlet, and whether it is still registered. */
public record RegisteredHousehold(long id, long unitId, boolean active) {}
