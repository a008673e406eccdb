package vn.langso.platform.boundary;

import vn.langso.scheduling.boundary.SchedulerStatus;

public record HealthReport(
        boolean databaseReachable, String schemaVersion, SchedulerStatus scheduler, String applicationVersion) {

    public boolean healthy() {
        return databaseReachable && schemaVersion != null && scheduler.started();
    }
}
