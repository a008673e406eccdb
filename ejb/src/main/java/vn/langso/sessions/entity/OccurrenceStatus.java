package vn.langso.sessions.entity;

public enum OccurrenceStatus {
    SCHEDULED,
    CANCELLED
}
