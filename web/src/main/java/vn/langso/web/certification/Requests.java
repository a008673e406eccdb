package vn.langso.web.certification;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;

/** The servlet request behind the current Faces request. */
final class Requests {

    private Requests() {}

    static HttpServletRequest current() {
        return (HttpServletRequest)
                FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }
}
