package vn.langso.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import vn.langso.accounts.boundary.Accounts;

/**
 * A caller with a first or temporary password reaches nothing but the page that changes it: pages and files send
 * them there, the API answers 403 with a problem saying so (the field app shows it). Every path, not only pages.
 */
@WebFilter("/*")
public class PasswordChangeFilter extends HttpFilter {

    static final String PASSWORD_PAGE = "/account/password.xhtml";

    @Inject
    Accounts accounts;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = LangSoAuthenticationMechanism.pathInApplication(request);
        if (request.getUserPrincipal() == null
                || isAllowedBeforeTheChange(path)
                || !accounts.mustChangePassword(request.getUserPrincipal().getName())) {
            chain.doFilter(request, response);
            return;
        }
        if (path.startsWith(LangSoAuthenticationMechanism.API_PREFIX)) {
            refuse(request, response);
        } else {
            response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
        }
    }

    /** The password page itself, what it is drawn with, and the error pages. */
    private static boolean isAllowedBeforeTheChange(String path) {
        return path.equals(PASSWORD_PAGE) || path.startsWith("/jakarta.faces.resource/") || path.startsWith("/error/");
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ServletProblem.write(
                request, response, HttpServletResponse.SC_FORBIDDEN, "Forbidden", "error.passwordChangeRequired");
    }
}
