package vn.langso.web.certification;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import vn.langso.certification.boundary.CertificateDetails;
import vn.langso.certification.boundary.Certificates;
import vn.langso.kernel.BusinessException;
import vn.langso.kernel.NotFoundException;
import vn.langso.kernel.QrCode;
import vn.langso.web.faces.Pages;
import vn.langso.web.faces.Requests;
import vn.langso.web.i18n.Messages;
import vn.langso.web.security.PublicUrl;

/** One certificate (certificate.xhtml?id=): its dates, history, PDF and QR code; an admin may revoke it. */
@Named
@ViewScoped
public class CertificateBacking implements Serializable {

    @Inject
    Certificates certificates;

    private String id;
    private CertificateDetails certificate;
    private String verificationUrl;
    private String reason;

    public void open() {
        Long certificateId = Pages.id(id);
        try {
            if (certificateId == null) {
                throw new NotFoundException();
            }
            certificate = certificates.find(certificateId);
            verificationUrl = PublicUrl.verificationBase(Requests.current())
                    + certificate.certificate().verificationCode();
        } catch (NotFoundException | EJBAccessException e) {
            Pages.notFound();
        }
    }

    public void revoke() {
        try {
            certificates.revoke(certificate.certificate().id(), reason);
            certificate = certificates.find(certificate.certificate().id());
            reason = null;
            Messages.info("certification.revoke.done", certificate.certificate().number());
        } catch (BusinessException refusal) {
            Pages.refuse(refusal, Map.of("reason", "revokeForm:reason"));
        }
    }

    /** Drawn from our own URL, never from input: safe to write into the page unescaped. */
    public String getQrSvg() {
        return QrCode.of(verificationUrl).svg();
    }

    public String getVerificationUrl() {
        return verificationUrl;
    }

    public CertificateDetails getCertificate() {
        return certificate;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
