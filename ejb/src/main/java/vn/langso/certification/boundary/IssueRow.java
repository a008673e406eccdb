package vn.langso.certification.boundary;

import java.time.LocalDate;
import java.time.LocalDateTime;
import vn.langso.certification.entity.IssueKind;

/** One line of a certificate's history. */
public record IssueRow(IssueKind kind, LocalDate issuedOn, LocalDate expiresOn, LocalDateTime issuedAt) {}
