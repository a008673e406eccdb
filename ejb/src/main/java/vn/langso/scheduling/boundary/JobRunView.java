package vn.langso.scheduling.boundary;

import java.time.LocalDateTime;
import java.util.List;

/** One run as the admin sees it; times in UTC, the summary as a text key and its numbers. */
public record JobRunView(
        long id,
        String node,
        LocalDateTime startedAt,
        LocalDateTime finishedAt,
        String outcome,
        String summaryKey,
        List<Long> summaryArgs,
        String error) {}
