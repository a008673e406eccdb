package vn.langso.learning.control;

/**
 * Who an assignment reaches, as a condition on the aliases {@code t} (team) and {@code u} (its unit) of a native
 * query: one team, or every team whose unit lies in a subtree.
 */
public record AssignmentTarget(Long teamId, String subtreePath) {

    public static AssignmentTarget team(long teamId) {
        return new AssignmentTarget(teamId, null);
    }

    public static AssignmentTarget subtree(String unitPath) {
        return new AssignmentTarget(null, unitPath);
    }

    String condition() {
        return teamId != null ? "t.id = :target" : "u.path like :target";
    }

    Object parameter() {
        return teamId != null ? teamId : subtreePath + "%";
    }
}
