package vn.langso.sessions.boundary;

import java.time.LocalDateTime;
import vn.langso.sessions.entity.OccurrenceStatus;

/** One session on a calendar: its series' title and place, when, and whether it is still on. */
public record OccurrenceView(
        long id,
        long seriesId,
        String title,
        long unitId,
        String place,
        LocalDateTime startsAt,
        LocalDateTime endsAt,
        OccurrenceStatus status,
        boolean recurring) {}
