package vn.langso.org.boundary;

/** A unit as other components see it; {@code deepest}: of the lowest level (a hamlet or village), where households live. */
public record UnitRef(long id, String code, String name, String path, String parentName, boolean deepest) {}
