package vn.langso.learning.boundary;

/** One team's line of a course report; flat, so that each count is a sortable column. */
public record ReportTeamRow(
        long teamId,
        String teamName,
        long unitId,
        String unitCode,
        String unitName,
        long members,
        long enrolled,
        long notStarted,
        long inProgress,
        long completed,
        long overdue) {

    public ReportCounts counts() {
        return new ReportCounts(members, enrolled, notStarted, inProgress, completed, overdue);
    }
}
