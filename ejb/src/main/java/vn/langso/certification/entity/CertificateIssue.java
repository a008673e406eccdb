package vn.langso.certification.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One issue of a certificate, first or renewal: the history a certificate keeps. */
@Entity
public class CertificateIssue {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Certificate certificate;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private IssueKind kind;

    private LocalDate issuedOn;

    private LocalDate expiresOn;

    private LocalDateTime issuedAt;

    protected CertificateIssue() {}

    CertificateIssue(Certificate certificate, IssueKind kind, LocalDateTime issuedAt) {
        this.certificate = certificate;
        this.kind = kind;
        this.issuedOn = certificate.getIssuedOn();
        this.expiresOn = certificate.getExpiresOn();
        this.issuedAt = issuedAt;
    }

    public Long getId() {
        return id;
    }

    public Certificate getCertificate() {
        return certificate;
    }

    public IssueKind getKind() {
        return kind;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public LocalDateTime getIssuedAt() {
        return issuedAt;
    }
}
