package vn.langso.web.i18n;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import vn.langso.accounts.boundary.Accounts;
import vn.langso.web.security.CurrentUser;

/**
 * The language pages are shown in: Vietnamese unless the person chose English. The choice sticks to the account
 * when signed in, and to a cookie so that the sign-in page itself speaks it too.
 */
@Named
@SessionScoped
public class Language implements Serializable {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    public static final Locale ENGLISH = Locale.ENGLISH;
    static final String COOKIE = "langso-lang";
    private static final int COOKIE_SECONDS = 365 * 24 * 3600;

    /**
     * The page the switch was clicked on, with its query ({@code ?id=}): the form posts to the page without it, so
     * the layout sends it along as this parameter.
     */
    static final String FROM = "from";

    @Inject
    transient Accounts accounts;

    @Inject
    CurrentUser currentUser;

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            locale = fromCookie().orElse(VIETNAMESE);
        }
        return locale;
    }

    public String getCode() {
        return getLocale().getLanguage();
    }

    public void switchTo(String code) throws IOException {
        use(code);
        if (currentUser.isSignedIn()) {
            accounts.choosePreferredLanguage(code);
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.addResponseCookie(COOKIE, getCode(), Map.of("maxAge", COOKIE_SECONDS, "path", "/", "httpOnly", true));
        String from = external.getRequestParameterMap().get(FROM);
        external.redirect(isPathOfThisSite(from) ? from : ((HttpServletRequest) external.getRequest()).getRequestURI());
    }

    /** A path on this site only, never an address elsewhere: the parameter comes from the client. */
    static boolean isPathOfThisSite(String path) {
        return path != null
                && path.startsWith("/")
                && !path.startsWith("//")
                && path.chars().noneMatch(c -> c == '\\' || c < 0x20);
    }

    /** Applies the language an account chose earlier, at sign-in. */
    public void use(String code) {
        locale = ENGLISH.getLanguage().equals(code) ? ENGLISH : VIETNAMESE;
    }

    private static Optional<Locale> fromCookie() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces == null) {
            return Optional.empty();
        }
        Cookie[] cookies = ((HttpServletRequest) faces.getExternalContext().getRequest()).getCookies();
        return Optional.ofNullable(cookies).stream()
                .flatMap(Arrays::stream)
                .filter(cookie -> COOKIE.equals(cookie.getName()))
                .map(cookie -> ENGLISH.getLanguage().equals(cookie.getValue()) ? ENGLISH : VIETNAMESE)
                .findFirst();
    }
}
