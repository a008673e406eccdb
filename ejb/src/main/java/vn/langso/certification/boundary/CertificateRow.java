package vn.langso.certification.boundary;

import java.time.LocalDate;
import vn.langso.certification.entity.CertificateStatus;

/** A certificate as lists show it; status is as of today (an active one past its date reads EXPIRED). */
public record CertificateRow(
        long id,
        String number,
        String skillName,
        CertificateStatus status,
        LocalDate issuedOn,
        LocalDate expiresOn,
        String verificationCode) {}
