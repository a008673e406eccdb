package vn.langso.visits.boundary;

/** The visit as stored after a PUT, and whether this request created it (201) or found or edited it (200). */
public record VisitWrite(VisitView visit, boolean created) {}
