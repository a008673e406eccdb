package vn.langso.sessions.boundary;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import vn.langso.kernel.BasicDigitalSkill;
import vn.langso.kernel.OutreachService;
import vn.langso.org.boundary.MemberRef;

/**
 * A series of village sessions as the API shows it: what it teaches, where, who leads it and how it repeats.
 *
 * @param teamId the team that scheduled it (a team leader's series), or null for a trainer's or admin's
 * @param rrule its RFC 5545 rule on Vietnam's wall-clock time from {@code firstStart}, or null for a one-off session
 */
public record SeriesView(
        long id,
        long unitId,
        Long teamId,
        String title,
        Set<OutreachService> services,
        Set<BasicDigitalSkill> skills,
        Long courseId,
        String place,
        Integer capacity,
        LocalDateTime firstStart,
        int durationMinutes,
        String rrule,
        List<MemberRef> facilitators) {}
