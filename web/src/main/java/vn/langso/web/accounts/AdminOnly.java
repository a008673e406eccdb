package vn.langso.web.accounts;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import vn.langso.accounts.entity.Role;
import vn.langso.web.security.CurrentUser;

/**
 * The account pages are the administrator's. Anyone else gets the 404 page, as the organisation pages answer a
 * caller outside their role or area, before the page reads anything: the boundary would refuse them too, but
 * with a server error.
 */
final class AdminOnly {

    private AdminOnly() {}

    /** Whether the page was refused, and answered already. */
    static boolean refused(CurrentUser currentUser) throws IOException {
        if (currentUser.hasRole(Role.ADMIN.name())) {
            return false;
        }
        notFound();
        return true;
    }

    static void notFound() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
        faces.responseComplete();
    }
}
