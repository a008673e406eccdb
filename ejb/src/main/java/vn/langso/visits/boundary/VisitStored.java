package vn.langso.visits.boundary;

import java.time.LocalDate;

/**
 * Published in the transaction that stored a visit, new or edited, so that what counts visits (coverage) changes with
 * it. The author is the member who logged it (an edit is always his); {@code householdRegistered}: whether its
 * household is in the registry; {@code visit}: what it recorded, as coverage counts it. The previous household, unit and day are those of the version the edit replaced; null for a new visit.
 */
public record VisitStored(
        String visitId,
        long authorMemberId,
        long householdId,
        long unitId,
        LocalDate visitedOn,
        boolean householdRegistered,
        VisitFacts visit,
        Long previousHouseholdId,
        Long previousUnitId,
        LocalDate previousVisitedOn) {

    public boolean isNew() {
        return previousHouseholdId == null;
    }
}
