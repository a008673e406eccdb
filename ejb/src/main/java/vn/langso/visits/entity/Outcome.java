package vn.langso.visits.entity;

/** How a service went on a visit; PARTIAL means a follow-up is due. */
public enum Outcome {
    DONE,
    PARTIAL,
    DECLINED,
    NOT_ELIGIBLE;

    /** The outcomes a gated service records only with the member's certificate: the member did the work. */
    public boolean needsCertificate() {
        return this == DONE || this == PARTIAL;
    }
}
