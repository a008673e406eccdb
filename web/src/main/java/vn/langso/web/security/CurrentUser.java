package vn.langso.web.security;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.List;
import vn.langso.accounts.boundary.Accounts;
import vn.langso.accounts.boundary.Profile;

/** The signed-in person, read once a session from the accounts component. */
@Named
@SessionScoped
public class CurrentUser implements Serializable {

    @Inject
    transient Accounts accounts;

    @Inject
    transient SecurityContext securityContext;

    @Inject
    transient HttpServletRequest request;

    private Profile profile;

    /** From the request: WildFly's security context names even an anonymous caller. */
    public boolean isSignedIn() {
        return request.getUserPrincipal() != null;
    }

    public Profile getProfile() {
        if (profile == null && isSignedIn()) {
            profile = accounts.callerProfile();
        }
        return profile;
    }

    public String getDisplayName() {
        return isSignedIn() ? getProfile().displayName() : null;
    }

    /** The role names, for the pages: Faces' EL reads no record components. */
    public List<String> getRoles() {
        return isSignedIn()
                ? getProfile().roles().stream().map(Enum::name).sorted().toList()
                : List.of();
    }

    public boolean hasRole(String role) {
        return securityContext.isCallerInRole(role);
    }

    public boolean isMustChangePassword() {
        return isSignedIn() && getProfile().mustChangePassword();
    }

    /** Reads the profile again after the caller changed it. */
    public void refresh() {
        profile = null;
    }
}
