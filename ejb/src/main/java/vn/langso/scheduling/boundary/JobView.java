package vn.langso.scheduling.boundary;

import java.time.LocalDateTime;
import java.util.List;

/** A periodic job on the admin's page: its schedule, its next firing (UTC), its last and recent runs. */
public record JobView(
        String name,
        String cronExpression,
        LocalDateTime nextFireAt,
        JobRunView lastRun,
        List<JobRunView> recentRuns) {}
