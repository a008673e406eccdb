package vn.langso.org.boundary;

/**
 * Which rows an export holds, as the list pages filter them: a unit's subtree (by code), a team (members and teams
 * only), active or not (units and teams only), a text in the name (or the code or phone). All optional.
 */
public record ExportFilter(String unitCode, Long teamId, Boolean active, String text) {

    public static ExportFilter all() {
        return new ExportFilter(null, null, null, null);
    }
}
