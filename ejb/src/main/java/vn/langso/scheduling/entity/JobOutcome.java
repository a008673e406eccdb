package vn.langso.scheduling.entity;

public enum JobOutcome {
    RUNNING,
    SUCCEEDED,
    FAILED
}
