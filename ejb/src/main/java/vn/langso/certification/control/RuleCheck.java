package vn.langso.certification.control;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.langso.certification.entity.CertificateStatus;

/**
 * Whether a member's achievements meet a skill's rule, and whether they call for a first certificate, a renewal or
 * nothing. Pure: the evidence is read elsewhere.
 *
 * <p>A rule is met when every rule course is complete and every rule quiz has a graded attempt of at least its
 * minimum percent; a rule that lists nothing is never met. A certificate already held (active or expired) is renewed
 * only on <em>fresh</em> evidence, gathered after its latest issue: every rule quiz passed again by an attempt
 * submitted after that issue; for a rule without quizzes, at least one rule course completed after it. Without that
 * rule the evidence that issued a certificate would renew it again at every event. A revoked certificate is never
 * renewed automatically.
 */
public final class RuleCheck {

    private RuleCheck() {}

    /** The courses to complete and the quizzes to pass, each with its minimum percent. */
    public record Requirement(Set<Long> courseIds, Map<Long, Integer> quizMinimums) {

        public boolean isEmpty() {
            return courseIds.isEmpty() && quizMinimums.isEmpty();
        }
    }

    /** A graded attempt: its quiz, its score and when it was submitted. */
    public record Attempt(long quizId, BigDecimal percent, LocalDateTime submittedAt) {}

    /** What a member has done: when each course was completed, and their graded attempts. */
    public record Evidence(Map<Long, LocalDateTime> completions, List<Attempt> attempts) {

        public boolean completed(long courseId) {
            return completions.containsKey(courseId);
        }

        public boolean passed(long quizId, int minPercent) {
            return passedAfter(quizId, minPercent, null);
        }

        /** Passed by an attempt submitted strictly after the moment, or at any time when it is null. */
        public boolean passedAfter(long quizId, int minPercent, LocalDateTime after) {
            return attempts.stream()
                    .anyMatch(a -> a.quizId() == quizId
                            && a.percent() != null
                            && a.percent().compareTo(BigDecimal.valueOf(minPercent)) >= 0
                            && (after == null
                                    || (a.submittedAt() != null
                                            && a.submittedAt().isAfter(after))));
        }

        /** The best percent of the quiz so far, null when never graded. */
        public BigDecimal best(long quizId) {
            return attempts.stream()
                    .filter(a -> a.quizId() == quizId && a.percent() != null)
                    .map(Attempt::percent)
                    .max(BigDecimal::compareTo)
                    .orElse(null);
        }
    }

    public enum Outcome {
        NOTHING,
        ISSUE,
        RENEW
    }

    public static boolean met(Requirement rule, Evidence evidence) {
        return !rule.isEmpty()
                && rule.courseIds().stream().allMatch(evidence::completed)
                && rule.quizMinimums().entrySet().stream()
                        .allMatch(quiz -> evidence.passed(quiz.getKey(), quiz.getValue()));
    }

    /** Evidence gathered after the latest issue, as the class comment defines it. */
    public static boolean freshSince(Requirement rule, Evidence evidence, LocalDateTime latestIssue) {
        if (!rule.quizMinimums().isEmpty()) {
            return rule.quizMinimums().entrySet().stream()
                    .allMatch(quiz -> evidence.passedAfter(quiz.getKey(), quiz.getValue(), latestIssue));
        }
        return rule.courseIds().stream()
                .map(evidence.completions()::get)
                .anyMatch(at -> at != null && at.isAfter(latestIssue));
    }

    /**
     * @param held the stored status of the member's certificate in the skill, null when there is none
     * @param latestIssue when it was last issued or renewed
     */
    public static Outcome decide(
            Requirement rule, Evidence evidence, CertificateStatus held, LocalDateTime latestIssue) {
        if (!met(rule, evidence) || held == CertificateStatus.REVOKED) {
            return Outcome.NOTHING;
        }
        if (held == null) {
            return Outcome.ISSUE;
        }
        return latestIssue != null && freshSince(rule, evidence, latestIssue) ? Outcome.RENEW : Outcome.NOTHING;
    }
}
