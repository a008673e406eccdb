package vn.langso.learning.boundary;

import java.util.List;

/**
 * The by-unit report below one unit ({@code unit}; null above the highest units, for a caller who sees
 * everything): the path down to it from the top of the caller's area, a row per child, and the totals.
 */
public record ReportUnitTable(ReportUnit unit, List<ReportUnit> trail, List<ReportUnitRow> rows, ReportCounts totals) {}
