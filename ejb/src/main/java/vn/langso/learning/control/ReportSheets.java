package vn.langso.learning.control;

import java.util.List;
import vn.langso.kernel.Sheet;
import vn.langso.learning.boundary.ReportTeamRow;

/** The by-team report as a sheet to download: the columns named like the organisation's exports. */
public final class ReportSheets {

    static final List<Sheet.Column> COLUMNS = List.of(
            Sheet.column("unit_code", "reports.sheet.unitCode"),
            Sheet.column("unit", "reports.unit"),
            Sheet.column("team", "reports.team"),
            Sheet.column("members", "reports.members"),
            Sheet.column("enrolled", "reports.enrolled"),
            Sheet.column("not_started", "reports.notStarted"),
            Sheet.column("in_progress", "reports.inProgress"),
            Sheet.column("completed", "reports.completed"),
            Sheet.column("overdue", "reports.overdue"));

    private ReportSheets() {}

    public static Sheet byTeam(long courseId, List<ReportTeamRow> rows) {
        return new Sheet(
                "reports.sheet.name",
                "course-" + courseId + "-teams",
                COLUMNS,
                rows.stream().map(ReportSheets::cells).toList());
    }

    static List<Object> cells(ReportTeamRow row) {
        return List.of(
                row.unitCode(),
                row.unitName(),
                row.teamName(),
                row.members(),
                row.enrolled(),
                row.notStarted(),
                row.inProgress(),
                row.completed(),
                row.overdue());
    }
}
