package vn.langso.certification.boundary;

/** A skill in the admin's list; validityMonths is null while the skill has no rule. */
public record SkillRow(
        long id, String code, String name, boolean active, Integer validityMonths, int courseCount, int quizCount) {}
