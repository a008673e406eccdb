package vn.langso.certification.boundary;

import java.util.List;
import java.util.Map;
import vn.langso.kernel.OutreachService;

/**
 * What the admin's skill form sends: the skill, and its rule (courses, quiz id → minimum percent, validity, and
 * optionally a number of village sessions teaching a service to attend).
 */
public record SkillInput(
        String code,
        String name,
        String description,
        boolean active,
        Integer validityMonths,
        List<Long> courseIds,
        Map<Long, Integer> quizMinimums,
        OutreachService sessionsService,
        Integer sessionsRequired) {}
