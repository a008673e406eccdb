package vn.langso.certification.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class CertificateTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @Test
    void anIssueRunsForTheRuleValidityAndIsRecorded() {
        Certificate certificate = new Certificate(null, null, "abcdefghijklmnopqrstuvwxyz234567");
        CertificateIssue issue = certificate.issue(IssueKind.ISSUED, TODAY, 24, TODAY.atTime(3, 0));

        assertThat(certificate.getStatus()).isEqualTo(CertificateStatus.ACTIVE);
        assertThat(certificate.getExpiresOn()).isEqualTo(LocalDate.of(2028, 11, 22));
        assertThat(certificate.getNumber()).hasSizeLessThanOrEqualTo(20);
        assertThat(issue.getKind()).isEqualTo(IssueKind.ISSUED);
        assertThat(issue.getExpiresOn()).isEqualTo(certificate.getExpiresOn());
    }

    @Test
    void anActiveCertificatePastItsDateReadsExpiredBeforeTheNightlyJobRuns() {
        assertThat(Certificate.effectiveStatus(CertificateStatus.ACTIVE, TODAY.minusDays(1), TODAY))
                .isEqualTo(CertificateStatus.EXPIRED);
        assertThat(Certificate.effectiveStatus(CertificateStatus.ACTIVE, TODAY, TODAY))
                .isEqualTo(CertificateStatus.ACTIVE);
        assertThat(Certificate.effectiveStatus(CertificateStatus.REVOKED, TODAY.minusDays(1), TODAY))
                .isEqualTo(CertificateStatus.REVOKED);
    }

    @Test
    void aRenewalReactivatesAnExpiredCertificateWithNewDates() {
        Certificate certificate = new Certificate(null, null, "abcdefghijklmnopqrstuvwxyz234567");
        certificate.issue(IssueKind.ISSUED, TODAY.minusYears(3), 24, LocalDateTime.of(2023, 1, 1, 0, 0));
        certificate.expire();
        assertThat(certificate.getStatus()).isEqualTo(CertificateStatus.EXPIRED);

        certificate.issue(IssueKind.RENEWED, TODAY, 12, TODAY.atTime(3, 0));

        assertThat(certificate.getStatus()).isEqualTo(CertificateStatus.ACTIVE);
        assertThat(certificate.getIssuedOn()).isEqualTo(TODAY);
        assertThat(certificate.getExpiresOn()).isEqualTo(TODAY.plusMonths(12));
    }
}
