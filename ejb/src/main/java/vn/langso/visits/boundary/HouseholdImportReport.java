package vn.langso.visits.boundary;

/** What an accepted households import did: rows that created a household, changed one, or found it as it was. */
public record HouseholdImportReport(int created, int updated, int unchanged) {

    public int rows() {
        return created + updated + unchanged;
    }
}
