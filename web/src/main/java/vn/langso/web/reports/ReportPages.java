package vn.langso.web.reports;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.util.stream.Stream;
import vn.langso.web.faces.Pages;

/** Who may open the report and assignment pages; the others get the 404 page, as for a record they may not see. */
public final class ReportPages {

    private ReportPages() {}

    public static boolean reportsAllowedOr404() {
        return allowedOr404("ADMIN", "TRAINER", "COORDINATOR", "TEAM_LEADER");
    }

    public static boolean assignmentsAllowedOr404() {
        return allowedOr404("ADMIN", "TRAINER");
    }

    private static boolean allowedOr404(String... roles) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        if (Stream.of(roles).anyMatch(external::isUserInRole)) {
            return true;
        }
        Pages.notFound();
        return false;
    }
}
