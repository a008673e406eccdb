package vn.langso.org.boundary;

/** What a team list shows: the teams of a unit's subtree, active or not, whose name contains a text. */
public record TeamFilter(Long unitId, Boolean active, String text) {

    public static TeamFilter all() {
        return new TeamFilter(null, null, null);
    }
}
