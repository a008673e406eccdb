package vn.langso.sessions.boundary;

import java.time.LocalDateTime;
import vn.langso.sessions.entity.OccurrenceStatus;

/**
 * One session on a calendar: its series' title and place, when, whether it is still on, and who came so far.
 *
 * @param capacity the most people the place holds, or null for no limit
 */
public record OccurrenceView(
        long id,
        long seriesId,
        String title,
        long unitId,
        String place,
        LocalDateTime startsAt,
        LocalDateTime endsAt,
        OccurrenceStatus status,
        boolean recurring,
        Integer capacity,
        int peopleAttended,
        int householdsAttended) {}
