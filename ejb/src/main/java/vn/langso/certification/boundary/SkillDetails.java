package vn.langso.certification.boundary;

import java.util.List;
import java.util.Map;
import vn.langso.kernel.OutreachService;

/** A skill with its rule, for the edit form; a skill without a rule has no courses, no quizzes, 24 months. */
public record SkillDetails(
        long id,
        String code,
        String name,
        String description,
        boolean active,
        int validityMonths,
        List<CourseOption> courses,
        List<QuizOption> quizzes,
        Map<Long, Integer> quizMinimums,
        OutreachService sessionsService,
        Integer sessionsRequired) {}
