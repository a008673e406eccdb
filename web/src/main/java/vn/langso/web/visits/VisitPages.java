package vn.langso.web.visits;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.util.stream.Stream;
import vn.langso.web.faces.Pages;

/** Who may open the field pages: anyone who works in the field or oversees it; others get the 404 page. */
final class VisitPages {

    private VisitPages() {}

    static boolean fieldRoleOr404() {
        return anyRoleOr404("ADMIN", "COORDINATOR", "TEAM_LEADER", "MEMBER");
    }

    static boolean anyRoleOr404(String... roles) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        if (Stream.of(roles).anyMatch(external::isUserInRole)) {
            return true;
        }
        Pages.notFound();
        return false;
    }
}
