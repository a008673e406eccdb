package vn.langso.certification.entity;

/** Where a certificate stands; EXPIRED is written by the nightly job, but readers also compare the date. */
public enum CertificateStatus {
    ACTIVE,
    EXPIRED,
    REVOKED
}
