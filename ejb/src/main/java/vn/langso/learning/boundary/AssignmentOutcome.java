package vn.langso.learning.boundary;

/** What an assignment did: the members it enrolled, and those already enrolled whose due date it set or brought forward. */
public record AssignmentOutcome(AssignmentView assignment, int enrolled, int dueDateSet) {}
