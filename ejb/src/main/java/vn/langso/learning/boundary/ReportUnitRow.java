package vn.langso.learning.boundary;

/**
 * One line of the by-unit report: a child unit with the counts of its whole subtree, or ({@code direct}) the teams
 * attached to the parent unit itself, which belong to none of its children.
 */
public record ReportUnitRow(ReportUnit unit, boolean direct, boolean hasChildren, ReportCounts counts) {}
