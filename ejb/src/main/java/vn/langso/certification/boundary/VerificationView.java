package vn.langso.certification.boundary;

import java.time.LocalDate;
import vn.langso.certification.entity.CertificateStatus;

/**
 * What the public verification page may show, and nothing more: no contact details, no reason for a revocation.
 */
public record VerificationView(
        String holderName,
        String skillName,
        String number,
        LocalDate issuedOn,
        LocalDate expiresOn,
        CertificateStatus status,
        LocalDate revokedOn) {}
