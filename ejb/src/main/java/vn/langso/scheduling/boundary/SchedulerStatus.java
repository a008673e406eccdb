package vn.langso.scheduling.boundary;

public record SchedulerStatus(boolean started, boolean clustered, String instanceId, String jobStore) {

    static SchedulerStatus notStarted() {
        return new SchedulerStatus(false, false, null, null);
    }
}
