package vn.langso.web.sessions;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import vn.langso.kernel.BusinessException;
import vn.langso.kernel.QrCode;
import vn.langso.sessions.boundary.CheckInCode;
import vn.langso.sessions.boundary.SelfCheckIn;
import vn.langso.web.faces.Pages;
import vn.langso.web.faces.Requests;
import vn.langso.web.security.PublicUrl;

/**
 * The check-in dialog of the calendar: the session's code of the moment, as a QR code holding the check-in page's
 * address with the session and the code, and as six digits to type, fetched again every few seconds while the dialog
 * is open.
 */
@Named
@ViewScoped
public class CheckInBacking implements Serializable {

    @Inject
    SelfCheckIn checkIn;

    private CheckInCode code;

    public void show(long occurrenceId) {
        code = null;
        fetch(occurrenceId);
    }

    public void refresh() {
        if (code != null) {
            fetch(code.occurrenceId());
        }
    }

    private void fetch(long occurrenceId) {
        try {
            code = checkIn.display(occurrenceId);
        } catch (BusinessException refusal) {
            code = null;
            Pages.refuse(refusal, Map.of());
        }
    }

    public String getAddress() {
        return PublicUrl.base(Requests.current()) + CheckInPageBacking.PATH + "?s=" + code.occurrenceId() + "&code="
                + code.code();
    }

    /** Drawn from our own address and a code of digits, never from input: safe to write into the page unescaped. */
    public String getQrSvg() {
        return code == null ? "" : QrCode.of(getAddress()).svg();
    }

    /** The six digits as "123 456", easier to read out and to type. */
    public String getDigits() {
        return code == null
                ? ""
                : code.code().substring(0, 3) + " " + code.code().substring(3);
    }

    public CheckInCode getCode() {
        return code;
    }
}
