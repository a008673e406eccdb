package vn.langso.learning.boundary;

/** A unit as the report names it, for its rows and its breadcrumb. */
public record ReportUnit(long id, String code, String name, String typeLabel) {}
