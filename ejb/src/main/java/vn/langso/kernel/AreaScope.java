package vn.langso.kernel;

/**
 * The part of the hierarchy a caller may see, as a prefix of unit paths: everything for an admin, a unit's
 * subtree for a coordinator or team leader, nothing for anyone else.
 */
public record AreaScope(String pathPrefix) {

    public static final AreaScope EVERYWHERE = new AreaScope("/");
    /** No unit path is empty, so this prefix matches none. */
    public static final AreaScope NOWHERE = new AreaScope("");

    public static AreaScope subtreeOf(String unitPath) {
        return unitPath == null ? NOWHERE : new AreaScope(unitPath);
    }

    /** The LIKE pattern for {@code unit.path like :area}. */
    public String pathPattern() {
        return this == NOWHERE || pathPrefix.isEmpty() ? "" : pathPrefix + "%";
    }

    public boolean includes(String unitPath) {
        return !pathPrefix.isEmpty() && unitPath != null && unitPath.startsWith(pathPrefix);
    }

    public boolean isEverywhere() {
        return "/".equals(pathPrefix);
    }
}
