package vn.langso.web.sessions;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import vn.langso.kernel.BusinessException;
import vn.langso.sessions.boundary.CheckedIn;
import vn.langso.sessions.boundary.SelfCheckIn;
import vn.langso.web.faces.Pages;

/**
 * The self check-in page (sessions/checkin.xhtml?s=…&code=…): a team member who scanned a session's QR code finds
 * the code filled in, one who reads it off the screen types it; either way one tap checks him in.
 */
@Named
@ViewScoped
public class CheckInPageBacking implements Serializable {

    static final String PATH = "/sessions/checkin.xhtml";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    @Inject
    SelfCheckIn checkIn;

    private String code;
    /** The session a scanned QR code names; none when the member types the digits. */
    private String session;

    private CheckedIn done;

    public void open() {
        if (!FacesContext.getCurrentInstance().getExternalContext().isUserInRole("MEMBER")) {
            Pages.notFound();
        }
    }

    public void checkIn() {
        try {
            Long occurrenceId = session == null || session.isBlank() ? null : Pages.id(session);
            done = checkIn.checkIn(occurrenceId, code);
        } catch (BusinessException refusal) {
            Pages.refuse(refusal, Map.of("code", "checkIn:code"));
        }
    }

    /** The session's start, in Vietnam's time as it is stored. */
    public String getWhen() {
        return done == null ? "" : WHEN.format(done.startsAt());
    }

    public CheckedIn getDone() {
        return done;
    }

    public String getSession() {
        return session;
    }

    public void setSession(String session) {
        this.session = session;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
