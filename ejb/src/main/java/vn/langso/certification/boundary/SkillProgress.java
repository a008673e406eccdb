package vn.langso.certification.boundary;

import java.math.BigDecimal;
import java.util.List;

/** A skill the member does not hold (or whose certificate expired), with each requirement and whether it is done. */
public record SkillProgress(String skillName, String description, int validityMonths, List<Step> steps) {

    /** A course to complete (minPercent null) or a quiz to pass; best is the quiz's best percent so far. */
    public record Step(String title, boolean quiz, Integer minPercent, boolean done, BigDecimal best) {}
}
