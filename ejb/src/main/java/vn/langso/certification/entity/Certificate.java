package vn.langso.certification.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.langso.org.entity.Member;

/**
 * A member's certificate in a skill: one per member and skill. Renewing moves its dates and adds an issue; its
 * number and verification code never change, so a printed copy and its QR code keep working.
 */
@Entity
public class Certificate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String number;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Member member;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Skill skill;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private CertificateStatus status;

    private LocalDate issuedOn;

    private LocalDate expiresOn;

    private String verificationCode;

    private LocalDateTime revokedAt;

    private Long revokedBy;

    private String revokeReason;

    @Version
    private long version;

    protected Certificate() {}

    /**
     * A new certificate; its number is a placeholder (the column is unique and not null) until {@link #numberFromId}
     * gives it the one made from the id, once that exists.
     */
    public Certificate(Member member, Skill skill, String verificationCode) {
        this.member = member;
        this.skill = skill;
        this.verificationCode = verificationCode;
        this.number = "N" + verificationCode.substring(0, 19);
    }

    /** LS-2026-000042: the year of the first issue and the id, so numbers are unique and readable aloud. */
    public void numberFromId() {
        number = String.format("LS-%d-%06d", issuedOn.getYear(), id);
    }

    /** Issues or renews for validity months from today, and records the issue. */
    public CertificateIssue issue(IssueKind kind, LocalDate today, int validityMonths, LocalDateTime now) {
        status = CertificateStatus.ACTIVE;
        issuedOn = today;
        expiresOn = today.plusMonths(validityMonths);
        return new CertificateIssue(this, kind, now);
    }

    /** Past its expiry date; the nightly job writes what {@link #statusOn} already tells readers. */
    public void expire() {
        if (status == CertificateStatus.ACTIVE) {
            status = CertificateStatus.EXPIRED;
        }
    }

    public void revoke(long accountId, String reason, LocalDateTime now) {
        status = CertificateStatus.REVOKED;
        revokedAt = now;
        revokedBy = accountId;
        revokeReason = reason;
    }

    /** The status as of a day: an active certificate past its expiry date is expired, job or no job. */
    public CertificateStatus statusOn(LocalDate today) {
        return effectiveStatus(status, expiresOn, today);
    }

    public static CertificateStatus effectiveStatus(CertificateStatus stored, LocalDate expiresOn, LocalDate today) {
        if (stored == CertificateStatus.ACTIVE && expiresOn.isBefore(today)) {
            return CertificateStatus.EXPIRED;
        }
        return stored;
    }

    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public Member getMember() {
        return member;
    }

    public Skill getSkill() {
        return skill;
    }

    public CertificateStatus getStatus() {
        return status;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public String getVerificationCode() {
        return verificationCode;
    }

    public LocalDateTime getRevokedAt() {
        return revokedAt;
    }

    public String getRevokeReason() {
        return revokeReason;
    }
}
