package vn.langso.web.certification;

import jakarta.faces.context.FacesContext;
import vn.langso.web.faces.Pages;

/** The skill pages are the admin's; anyone else gets the 404 page, as for a page that does not exist. */
final class AdminPages {

    private AdminPages() {}

    static boolean adminOr404() {
        if (FacesContext.getCurrentInstance().getExternalContext().isUserInRole("ADMIN")) {
            return true;
        }
        Pages.notFound();
        return false;
    }
}
