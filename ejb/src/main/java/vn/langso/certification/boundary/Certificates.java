package vn.langso.certification.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import vn.langso.accounts.boundary.CallerContext;
import vn.langso.accounts.entity.Account;
import vn.langso.certification.control.CertificatePdf;
import vn.langso.certification.control.HolderTeams;
import vn.langso.certification.control.SkillProgressReader;
import vn.langso.certification.entity.Certificate;
import vn.langso.certification.entity.CertificateStatus;
import vn.langso.kernel.ConflictException;
import vn.langso.kernel.InvalidInputException;
import vn.langso.kernel.LocalDates;
import vn.langso.kernel.NotFoundException;

/**
 * Certificates as their holders, admins and the leaders of the holder's area see them; revocation by an admin. A
 * certificate someone may not see answers exactly like one that does not exist.
 */
@Stateless
@RolesAllowed({"ADMIN", "COORDINATOR", "TEAM_LEADER", "MEMBER"})
public class Certificates {

    static final int MAXIMUM_REASON = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    CertificateIssuing issuing;

    @Inject
    CallerContext callers;

    @Inject
    HolderTeams teams;

    @Inject
    SkillProgressReader progress;

    @Resource
    SessionContext session;

    /** The caller's own certificates, and the skills still to earn; empty for an account of no member. */
    @RolesAllowed("MEMBER")
    public MyCertificates mine() {
        Account account = caller();
        if (account.getMember() == null) {
            return new MyCertificates(List.of(), List.of());
        }
        long memberId = account.getMember().getId();
        LocalDate today = LocalDates.today(clock);
        List<Certificate> held = em.createQuery(
                        "select c from Certificate c join fetch c.skill where c.member.id = :member"
                                + " order by c.skill.name",
                        Certificate.class)
                .setParameter("member", memberId)
                .getResultList();
        return new MyCertificates(
                held.stream().map(c -> row(c, today)).toList(),
                progress.toEarn(memberId, held, issuing.issuer().evidenceOf(memberId), today));
    }

    public CertificateDetails find(long id) {
        Certificate certificate = visible(id);
        HolderTeams.Placement placement = teams.of(certificate.getMember().getId());
        return new CertificateDetails(
                row(certificate, LocalDates.today(clock)),
                certificate.getMember().getId(),
                certificate.getMember().getFullName(),
                placement == null ? null : placement.teamName(),
                placement == null ? null : placement.unitName(),
                certificate.getRevokedAt(),
                certificate.getRevokeReason(),
                em.createQuery(
                                "select new vn.langso.certification.boundary.IssueRow(i.kind, i.issuedOn, i.expiresOn,"
                                        + " i.issuedAt) from CertificateIssue i where i.certificate.id = :id"
                                        + " order by i.issuedAt desc, i.id desc",
                                IssueRow.class)
                        .setParameter("id", id)
                        .getResultList());
    }

    /** The printable certificate; its QR code leads to {@code verificationBase + code}. */
    public CertificateDocument pdf(long id, String verificationBase) {
        Certificate certificate = visible(id);
        HolderTeams.Placement placement = teams.of(certificate.getMember().getId());
        byte[] pdf = CertificatePdf.render(new CertificatePdf.Content(
                certificate.getNumber(),
                certificate.getMember().getFullName(),
                certificate.getSkill().getName(),
                placement == null ? null : placement.teamName() + " - " + placement.unitName(),
                certificate.getIssuedOn(),
                certificate.getExpiresOn(),
                verificationBase + certificate.getVerificationCode()));
        return new CertificateDocument("chung-nhan-" + certificate.getNumber() + ".pdf", pdf);
    }

    /** Revokes for good, with the reason kept for admins; the public page shows only that and when. */
    @RolesAllowed("ADMIN")
    public void revoke(long id, String reason) {
        String trimmed = reason == null ? "" : reason.trim();
        if (trimmed.isEmpty()) {
            throw new InvalidInputException("reason", "certification.revoke.reasonRequired");
        }
        if (trimmed.length() > MAXIMUM_REASON) {
            throw new InvalidInputException("reason", "certification.check.tooLong", MAXIMUM_REASON);
        }
        Certificate certificate = em.find(Certificate.class, id);
        if (certificate == null) {
            throw new NotFoundException();
        }
        if (certificate.getStatus() == CertificateStatus.REVOKED) {
            throw new ConflictException("certification.revoke.already");
        }
        certificate.revoke(caller().getId(), trimmed, LocalDateTime.now(clock));
    }

    private Certificate visible(long id) {
        Certificate certificate = em.find(Certificate.class, id);
        if (certificate == null) {
            throw new NotFoundException();
        }
        if (session.isCallerInRole("ADMIN")) {
            return certificate;
        }
        Account account = caller();
        long holder = certificate.getMember().getId();
        if (account.getMember() != null && account.getMember().getId() == holder) {
            return certificate;
        }
        HolderTeams.Placement placement = teams.of(holder);
        if (placement != null && callers.of(account.getUsername()).area().includes(placement.unitPath())) {
            return certificate;
        }
        throw new NotFoundException();
    }

    private Account caller() {
        return em
                .createNamedQuery(Account.FIND_BY_USERNAME, Account.class)
                .setParameter("username", session.getCallerPrincipal().getName())
                .getResultList()
                .stream()
                .findFirst()
                .orElseThrow(NotFoundException::new);
    }

    static CertificateRow row(Certificate c, LocalDate today) {
        return new CertificateRow(
                c.getId(),
                c.getNumber(),
                c.getSkill().getName(),
                c.statusOn(today),
                c.getIssuedOn(),
                c.getExpiresOn(),
                c.getVerificationCode());
    }
}
