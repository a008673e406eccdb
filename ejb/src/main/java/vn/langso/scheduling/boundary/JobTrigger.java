package vn.langso.scheduling.boundary;

import java.time.LocalDateTime;

/** A job of this build as the schedule holds it: its cron and when it fires next (UTC; null if never). */
public record JobTrigger(String name, String cronExpression, LocalDateTime nextFireAt) {}
