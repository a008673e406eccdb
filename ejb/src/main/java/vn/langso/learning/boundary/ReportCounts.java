package vn.langso.learning.boundary;

/**
 * How the members of a team or unit stand in one course. Members are those with an open team membership; the
 * enrolled are split into not started, in progress and completed; overdue is a subset of the not completed.
 */
public record ReportCounts(
        long members, long enrolled, long notStarted, long inProgress, long completed, long overdue) {

    public static final ReportCounts NONE = new ReportCounts(0, 0, 0, 0, 0, 0);

    public ReportCounts plus(ReportCounts other) {
        return new ReportCounts(
                members + other.members,
                enrolled + other.enrolled,
                notStarted + other.notStarted,
                inProgress + other.inProgress,
                completed + other.completed,
                overdue + other.overdue);
    }

    /** Completed among the enrolled, in whole percent; 0 when nobody is enrolled. */
    public int completedPercent() {
        return enrolled == 0 ? 0 : (int) (completed * 100 / enrolled);
    }
}
