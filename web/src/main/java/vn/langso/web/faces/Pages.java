package vn.langso.web.faces;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.stream.Stream;
import org.primefaces.component.datatable.DataTable;
import vn.langso.kernel.BusinessException;
import vn.langso.kernel.InvalidInputException;
import vn.langso.kernel.NotFoundException;
import vn.langso.org.boundary.Units;
import vn.langso.web.i18n.Messages;

/** What the organisation pages share: the 404 answer, refusals shown beside their input, today in Vietnam. */
public final class Pages {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private Pages() {}

    /** The date people there see on their calendar: a membership started "today" must not be yesterday's. */
    public static LocalDate today() {
        return LocalDate.now(VIETNAM);
    }

    /**
     * A day from the URL, as a date input sends it (a report's period); missing or not a day, the default, since the
     * input allows no other.
     */
    public static LocalDate day(String text, LocalDate otherwise) {
        try {
            return text == null || text.isBlank() ? otherwise : LocalDate.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            return otherwise;
        }
    }

    /** Whether the caller may see the organisation pages at all; the others get the 404 page, as for a record. */
    public static boolean allowedOr404() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        if (Stream.of("ADMIN", "COORDINATOR", "TEAM_LEADER").anyMatch(external::isUserInRole)) {
            return true;
        }
        notFound();
        return false;
    }

    /** An id from the URL; null when it is missing or not a number, which the page answers as not found. */
    public static Long id(String text) {
        try {
            return text == null ? null : Long.valueOf(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The 404 page: the same answer for a record that does not exist and one outside the caller's area. */
    public static void notFound() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().responseSendError(404, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    /**
     * Shows a refusal beside the input that the boundary's field name maps to (field → client id), else at the top
     * of the page; marks the request failed, so that the dialog stays open with what was typed.
     */
    public static void refuse(BusinessException refusal, Map<String, String> inputs) {
        String clientId = refusal instanceof InvalidInputException invalid && invalid.field() != null
                ? inputs.get(invalid.field())
                : null;
        if (clientId == null) {
            Messages.error(refusal.messageKey(), refusal.arguments().toArray());
        } else {
            Messages.errorFor(
                    clientId, refusal.messageKey(), refusal.arguments().toArray());
        }
        FacesContext.getCurrentInstance().validationFailed();
    }

    /** The unit with the code, or a refusal naming the field when the caller sees no such unit. */
    public static long unitId(Units units, String code, String field) {
        String trimmed = code == null ? "" : code.trim();
        try {
            return units.byCode(trimmed).id();
        } catch (NotFoundException e) {
            throw new InvalidInputException(field, "org.unit.codeUnknown", trimmed);
        }
    }

    /** Shows the first page of a lazy table again, after its filters changed. */
    public static void firstPage(String tableClientId) {
        UIComponent table = FacesContext.getCurrentInstance().getViewRoot().findComponent(tableClientId);
        if (table instanceof DataTable dataTable) {
            dataTable.setFirst(0);
        }
    }
}
