package vn.langso.web.faces;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;

/** The servlet request behind the current Faces request. */
public final class Requests {

    private Requests() {}

    public static HttpServletRequest current() {
        return (HttpServletRequest)
                FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }
}
