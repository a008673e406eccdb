package vn.langso.certification.boundary;

import java.util.List;

/** A member's certificates, and the skills still to earn with what each requires. */
public record MyCertificates(List<CertificateRow> held, List<SkillProgress> toEarn) {}
