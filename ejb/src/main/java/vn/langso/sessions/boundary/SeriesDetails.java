package vn.langso.sessions.boundary;

import java.time.LocalDateTime;
import java.util.Set;
import vn.langso.kernel.BasicDigitalSkill;
import vn.langso.kernel.OutreachService;
import vn.langso.sessions.control.RecurrencePlan;

/**
 * A series as the schedule form or the API gives it.
 *
 * @param firstStart Vietnam's wall-clock time of the first session
 * @param capacity the most residents the place holds, or null for no limit
 */
public record SeriesDetails(
        long unitId,
        String title,
        Set<OutreachService> services,
        Set<BasicDigitalSkill> skills,
        Long courseId,
        String place,
        Integer capacity,
        Set<Long> facilitatorIds,
        LocalDateTime firstStart,
        int durationMinutes,
        RecurrencePlan recurrence) {}
