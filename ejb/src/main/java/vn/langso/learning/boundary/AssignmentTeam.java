package vn.langso.learning.boundary;

/** A team a trainer may pick as an assignment's target. */
public record AssignmentTeam(long id, String name, String unitCode, String unitName) {}
