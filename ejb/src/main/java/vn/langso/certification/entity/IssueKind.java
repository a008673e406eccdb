package vn.langso.certification.entity;

/** The first issue of a certificate, or a renewal of it. */
public enum IssueKind {
    ISSUED,
    RENEWED
}
