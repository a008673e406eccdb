package vn.langso.visits.boundary;

import java.util.List;

/**
 * Published in the transaction that added households to the registry, or took them out or back in (a CSV import's
 * active column), so that the households counted in their hamlets change with it.
 */
public record HouseholdRegistered(List<Long> householdIds) {}
