package vn.langso.certification.boundary;

import java.time.LocalDateTime;
import java.util.List;

/** A certificate with its holder, their team, why it was revoked if it was, and every issue. */
public record CertificateDetails(
        CertificateRow certificate,
        long memberId,
        String holderName,
        String teamName,
        String unitName,
        LocalDateTime revokedAt,
        String revokeReason,
        List<IssueRow> history) {}
