package vn.langso.org.boundary;

/** A unit as a drill-down shows it: its path lets a report sum a subtree, and whether there is a level below. */
public record AreaUnit(long id, String code, String name, String typeLabel, String path, boolean hasChildren) {}
