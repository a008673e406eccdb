package vn.langso.certification.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.langso.certification.control.RuleCheck.Attempt;
import vn.langso.certification.control.RuleCheck.Evidence;
import vn.langso.certification.control.RuleCheck.Outcome;
import vn.langso.certification.control.RuleCheck.Requirement;
import vn.langso.certification.entity.CertificateStatus;
import vn.langso.kernel.OutreachService;

class RuleCheckTest {

    static final long COURSE = 10;
    static final long QUIZ = 20;
    static final LocalDateTime ISSUED = LocalDateTime.of(2026, 5, 1, 8, 0);
    static final Requirement COURSE_AND_QUIZ = new Requirement(Set.of(COURSE), Map.of(QUIZ, 80));
    static final Requirement COURSE_ONLY = new Requirement(Set.of(COURSE), Map.of());

    static Evidence evidence(LocalDateTime completed, Attempt... attempts) {
        return new Evidence(completed == null ? Map.of() : Map.of(COURSE, completed), List.of(attempts));
    }

    static Attempt attempt(String percent, LocalDateTime at) {
        return new Attempt(QUIZ, new BigDecimal(percent), at);
    }

    @Test
    void aCompleteCourseWithoutAPassedQuizIsNotEnough() {
        assertThat(RuleCheck.decide(COURSE_AND_QUIZ, evidence(ISSUED), null, null))
                .isEqualTo(Outcome.NOTHING);
    }

    @Test
    void aQuizScoredBelowTheMinimumIsNotEnough() {
        Evidence below = evidence(ISSUED, attempt("79.99", ISSUED));
        assertThat(RuleCheck.met(COURSE_AND_QUIZ, below)).isFalse();
        assertThat(RuleCheck.decide(COURSE_AND_QUIZ, below, null, null)).isEqualTo(Outcome.NOTHING);
    }

    @Test
    void theCourseAndAQuizAtTheMinimumIssue() {
        Evidence enough = evidence(ISSUED, attempt("12", ISSUED), attempt("80.00", ISSUED));
        assertThat(RuleCheck.decide(COURSE_AND_QUIZ, enough, null, null)).isEqualTo(Outcome.ISSUE);
    }

    @Test
    void aPassedQuizWithoutTheCourseIsNotEnough() {
        assertThat(RuleCheck.met(COURSE_AND_QUIZ, evidence(null, attempt("100", ISSUED))))
                .isFalse();
    }

    @Test
    void aRuleThatRequiresNothingIsNeverMet() {
        Requirement empty = new Requirement(new HashSet<>(), Map.of());
        assertThat(RuleCheck.met(empty, evidence(ISSUED, attempt("100", ISSUED))))
                .isFalse();
    }

    @Test
    void theEvidenceThatIssuedACertificateDoesNotRenewIt() {
        Evidence same = evidence(ISSUED.minusHours(1), attempt("90", ISSUED.minusMinutes(5)));
        assertThat(RuleCheck.decide(COURSE_AND_QUIZ, same, CertificateStatus.ACTIVE, ISSUED))
                .isEqualTo(Outcome.NOTHING);
    }

    @Test
    void aQuizPassedAgainAfterTheLatestIssueRenews() {
        Evidence again = evidence(
                ISSUED.minusDays(1), attempt("90", ISSUED.minusMinutes(5)), attempt("85", ISSUED.plusMonths(20)));
        assertThat(RuleCheck.decide(COURSE_AND_QUIZ, again, CertificateStatus.EXPIRED, ISSUED))
                .isEqualTo(Outcome.RENEW);
    }

    @Test
    void aQuizRetakenAfterTheIssueButBelowTheMinimumDoesNotRenew() {
        Evidence again = evidence(
                ISSUED.minusDays(1), attempt("90", ISSUED.minusMinutes(5)), attempt("60", ISSUED.plusMonths(20)));
        assertThat(RuleCheck.decide(COURSE_AND_QUIZ, again, CertificateStatus.ACTIVE, ISSUED))
                .isEqualTo(Outcome.NOTHING);
    }

    @Test
    void withoutQuizzesACourseCompletedAfterTheIssueRenews() {
        assertThat(RuleCheck.decide(COURSE_ONLY, evidence(ISSUED.plusDays(1)), CertificateStatus.ACTIVE, ISSUED))
                .isEqualTo(Outcome.RENEW);
        assertThat(RuleCheck.decide(COURSE_ONLY, evidence(ISSUED.minusDays(1)), CertificateStatus.ACTIVE, ISSUED))
                .isEqualTo(Outcome.NOTHING);
    }

    @Test
    void aRevokedCertificateIsNeverRenewed() {
        Evidence fresh = evidence(ISSUED.plusDays(1), attempt("100", ISSUED.plusDays(1)));
        assertThat(RuleCheck.decide(COURSE_AND_QUIZ, fresh, CertificateStatus.REVOKED, ISSUED))
                .isEqualTo(Outcome.NOTHING);
    }

    @Test
    void verificationCodesAreLongRandomAndUrlSafe() {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            codes.add(CertificateIssuer.newVerificationCode());
        }
        assertThat(codes).hasSize(1000).allSatisfy(code -> assertThat(code).matches("[a-z2-7]{32}"));
    }

    @Test
    void sessionsOfTheRulesServiceCountAndRenewOnlyWhenAttendedAgainAfterTheIssue() {
        Requirement threeVneid = new Requirement(Set.of(), Map.of(), OutreachService.VNEID, 3);
        RuleCheck.Attended vneid = new RuleCheck.Attended(ISSUED.minusDays(7), Set.of(OutreachService.VNEID));
        RuleCheck.Attended scams = new RuleCheck.Attended(ISSUED.minusDays(3), Set.of(OutreachService.CYBER_SAFETY));
        RuleCheck.Attended both = new RuleCheck.Attended(
                ISSUED.minusDays(1), Set.of(OutreachService.VNEID, OutreachService.CYBER_SAFETY));

        assertThat(RuleCheck.decide(threeVneid, sessions(vneid, scams, both), null, null))
                .as("two of the service so far")
                .isEqualTo(Outcome.NOTHING);
        assertThat(RuleCheck.decide(threeVneid, sessions(vneid, vneid, both), null, null))
                .isEqualTo(Outcome.ISSUE);
        assertThat(RuleCheck.decide(threeVneid, sessions(vneid, vneid, both), CertificateStatus.EXPIRED, ISSUED))
                .as("nothing attended since the issue")
                .isEqualTo(Outcome.NOTHING);
        RuleCheck.Attended later = new RuleCheck.Attended(ISSUED.plusMonths(23), Set.of(OutreachService.VNEID));
        assertThat(RuleCheck.decide(
                        threeVneid,
                        sessions(vneid, vneid, both, later, later, later),
                        CertificateStatus.EXPIRED,
                        ISSUED))
                .isEqualTo(Outcome.RENEW);
    }

    static Evidence sessions(RuleCheck.Attended... attended) {
        return new Evidence(Map.of(), List.of(), List.of(attended));
    }
}
