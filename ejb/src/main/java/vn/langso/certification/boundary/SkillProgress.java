package vn.langso.certification.boundary;

import java.math.BigDecimal;
import java.util.List;
import vn.langso.kernel.OutreachService;

/** A skill the member does not hold (or whose certificate expired), with each requirement and whether it is done. */
public record SkillProgress(
        String skillName, String description, int validityMonths, List<Step> steps, SessionsStep sessions) {

    /** A course to complete (minPercent null) or a quiz to pass; best is the quiz's best percent so far. */
    public record Step(String title, boolean quiz, Integer minPercent, boolean done, BigDecimal best) {}

    /** Village sessions teaching the service to attend, and how many the member has; null when the rule asks none. */
    public record SessionsStep(OutreachService service, int required, long attended) {

        public boolean done() {
            return attended >= required;
        }
    }
}
