package vn.langso.learning.control;

import java.util.ArrayList;
import java.util.List;
import vn.langso.learning.boundary.ReportCounts;
import vn.langso.learning.boundary.ReportUnit;
import vn.langso.learning.boundary.ReportUnitRow;
import vn.langso.learning.control.ReportTeamQuery.TeamCounts;

/**
 * Adds teams' counts up to the children of a unit by path prefix: a child's subtree holds the teams whose unit path
 * starts with the child's path. Teams attached to the parent itself belong to no child and get a row of their own.
 */
public final class ReportRollup {

    /** A child unit and what the drill-down needs to know of it. */
    public record Child(ReportUnit unit, String path, boolean hasChildren) {}

    private ReportRollup() {}

    public static List<ReportUnitRow> rows(
            ReportUnit parent, String parentPath, List<Child> children, List<TeamCounts> teams) {
        List<ReportUnitRow> rows = new ArrayList<>();
        for (Child child : children) {
            rows.add(new ReportUnitRow(child.unit(), false, child.hasChildren(), within(teams, child.path())));
        }
        List<TeamCounts> direct = parentPath == null
                ? List.of()
                : teams.stream().filter(t -> t.unitPath().equals(parentPath)).toList();
        if (!direct.isEmpty()) {
            rows.add(new ReportUnitRow(parent, true, false, total(direct)));
        }
        return rows;
    }

    public static ReportCounts total(List<TeamCounts> teams) {
        return teams.stream().map(t -> t.row().counts()).reduce(ReportCounts.NONE, ReportCounts::plus);
    }

    private static ReportCounts within(List<TeamCounts> teams, String path) {
        return total(teams.stream().filter(t -> t.unitPath().startsWith(path)).toList());
    }
}
