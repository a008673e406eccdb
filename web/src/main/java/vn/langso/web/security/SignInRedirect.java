package vn.langso.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/** Remembers the page a signed-out visitor asked for, to take them there once signed in. */
public final class SignInRedirect {

    public static final String SIGN_IN_PAGE = "/login.xhtml";
    public static final String HOME_PAGE = "/index.xhtml";
    private static final String SESSION_ATTRIBUTE = SignInRedirect.class.getName();

    private SignInRedirect() {}

    /** Only a page is remembered: browsers also ask for icons and such that would make a poor destination. */
    static void remember(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if ("GET".equals(request.getMethod()) && (path.endsWith(".xhtml") || path.equals("/"))) {
            String query = request.getQueryString();
            request.getSession().setAttribute(SESSION_ATTRIBUTE, query == null ? path : path + "?" + query);
        }
    }

    /** The remembered page, once; only a path of this application, never another site. */
    public static String takeDestination(HttpSession session) {
        Object remembered = session.getAttribute(SESSION_ATTRIBUTE);
        session.removeAttribute(SESSION_ATTRIBUTE);
        if (remembered instanceof String path
                && path.startsWith("/")
                && !path.startsWith("//")
                && !path.contains("\\")) {
            return path;
        }
        return HOME_PAGE;
    }
}
