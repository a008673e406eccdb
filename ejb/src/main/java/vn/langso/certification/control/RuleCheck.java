package vn.langso.certification.control;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.langso.certification.entity.CertificateStatus;
import vn.langso.kernel.OutreachService;

/**
 * Whether a member's achievements meet a skill's rule, and whether they call for a first certificate, a renewal or
 * nothing. Pure: the evidence is read elsewhere.
 *
 * <p>A rule is met when every rule course is complete, every rule quiz has a graded attempt of at least its minimum
 * percent and, when the rule asks, enough sessions teaching its service were attended; a rule that asks nothing is
 * never met. A certificate already held (active or expired) is renewed only on <em>fresh</em> evidence, gathered
 * after its latest issue: every rule quiz passed again by an attempt submitted after that issue; for a rule without
 * quizzes, a rule course completed after it, or the rule's number of sessions attended since. Without that
 * rule the evidence that issued a certificate would renew it again at every event. A revoked certificate is never
 * renewed automatically.
 */
public final class RuleCheck {

    private RuleCheck() {}

    /**
     * The courses to complete, the quizzes to pass, each with its minimum percent, and the sessions teaching a
     * service to attend (null and 0 for none).
     */
    public record Requirement(
            Set<Long> courseIds, Map<Long, Integer> quizMinimums, OutreachService sessionsService, int sessions) {

        public Requirement(Set<Long> courseIds, Map<Long, Integer> quizMinimums) {
            this(courseIds, quizMinimums, null, 0);
        }

        public boolean asksSessions() {
            return sessionsService != null && sessions > 0;
        }

        public boolean isEmpty() {
            return courseIds.isEmpty() && quizMinimums.isEmpty() && !asksSessions();
        }
    }

    /**
     * A village session the member attended: when he was recorded there (what "since the latest issue" compares; a
     * session's own start may lie ahead of the moment it was recorded) and the services it taught.
     */
    public record Attended(LocalDateTime recordedAt, Set<OutreachService> services) {}

    /** A graded attempt: its quiz, its score and when it was submitted. */
    public record Attempt(long quizId, BigDecimal percent, LocalDateTime submittedAt) {}

    /** What a member has done: when each course was completed, their graded attempts, the sessions attended. */
    public record Evidence(Map<Long, LocalDateTime> completions, List<Attempt> attempts, List<Attended> sessions) {

        public Evidence(Map<Long, LocalDateTime> completions, List<Attempt> attempts) {
            this(completions, attempts, List.of());
        }

        /** Sessions teaching the service recorded after the moment, or at any time when it is null. */
        public long sessionsAfter(OutreachService service, LocalDateTime after) {
            return sessions.stream()
                    .filter(s -> s.services().contains(service)
                            && (after == null || s.recordedAt().isAfter(after)))
                    .count();
        }

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
                        .allMatch(quiz -> evidence.passed(quiz.getKey(), quiz.getValue()))
                && (!rule.asksSessions() || evidence.sessionsAfter(rule.sessionsService(), null) >= rule.sessions());
    }

    /** Evidence gathered after the latest issue, as the class comment defines it. */
    public static boolean freshSince(Requirement rule, Evidence evidence, LocalDateTime latestIssue) {
        if (!rule.quizMinimums().isEmpty()) {
            return rule.quizMinimums().entrySet().stream()
                    .allMatch(quiz -> evidence.passedAfter(quiz.getKey(), quiz.getValue(), latestIssue));
        }
        return rule.courseIds().stream()
                        .map(evidence.completions()::get)
                        .anyMatch(at -> at != null && at.isAfter(latestIssue))
                || (rule.asksSessions()
                        && evidence.sessionsAfter(rule.sessionsService(), latestIssue) >= rule.sessions());
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
