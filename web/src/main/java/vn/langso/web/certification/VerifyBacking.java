package vn.langso.web.certification;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import vn.langso.certification.boundary.Verification;
import vn.langso.certification.boundary.VerificationView;

/** The public verification page: what the code's certificate says, or that no certificate has that code. */
@Named
@ViewScoped
public class VerifyBacking implements Serializable {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Inject
    Verification verification;

    private String code;
    private boolean asked;
    private VerificationView certificate;

    /**
     * The code comes from /verify/{code}. The language switch reloads the page's bare address, without it, so the
     * visitor's session remembers the code last checked there.
     */
    public void open() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        Object forwarded = external.getRequestMap().get(VerifyServlet.CODE);
        if (forwarded != null) {
            code = forwarded.toString();
        }
        if (code == null || code.isBlank()) {
            code = (String) external.getSessionMap().get(VerifyServlet.CODE);
        } else {
            external.getSessionMap().put(VerifyServlet.CODE, code);
        }
        asked = code != null && !code.isBlank();
        certificate = asked ? verification.verify(code).orElse(null) : null;
    }

    /** Dates as people there write them, also inside the sentence that states the verdict. */
    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public boolean isAsked() {
        return asked;
    }

    public VerificationView getCertificate() {
        return certificate;
    }
}
