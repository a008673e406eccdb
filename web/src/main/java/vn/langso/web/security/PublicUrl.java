package vn.langso.web.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/**
 * Where LangSo is reached from outside, for links that leave it (a certificate's QR code, a private calendar link):
 * {@code LANGSO_PUBLIC_URL} (or the system property langso.public.url) when the server sits behind a proxy or a name
 * of its own, else the address the request came to.
 */
public final class PublicUrl {

    private PublicUrl() {}

    public static String verificationBase(HttpServletRequest request) {
        return base(request) + "/verify/";
    }

    /** The application's address, without a trailing slash. */
    public static String base(HttpServletRequest request) {
        String base = Optional.ofNullable(System.getProperty("langso.public.url"))
                .or(() -> Optional.ofNullable(System.getenv("LANGSO_PUBLIC_URL")))
                .filter(url -> !url.isBlank())
                .map(String::trim)
                .orElseGet(() -> fromRequest(request));
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    private static String fromRequest(HttpServletRequest request) {
        int port = request.getServerPort();
        boolean defaultPort = ("http".equals(request.getScheme()) && port == 80)
                || ("https".equals(request.getScheme()) && port == 443);
        return request.getScheme() + "://" + request.getServerName() + (defaultPort ? "" : ":" + port)
                + request.getContextPath();
    }
}
