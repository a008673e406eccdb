package vn.langso.org.boundary;

/** An administrative unit as lists and the API show it, with the figures of its subtree. */
public record UnitView(
        long id,
        String code,
        String name,
        String typeLabel,
        String levelCode,
        Long parentId,
        int households,
        long teamCount,
        long childCount,
        boolean active) {}
