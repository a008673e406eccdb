package vn.langso.web.security;

import jakarta.json.Json;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import vn.langso.web.i18n.Text;

/**
 * A problem+json answer written by a servlet or filter, before Jakarta REST is reached: its detail in Vietnamese when
 * the client asks for it first (the field app does), in English otherwise, as the API's own refusals.
 */
final class ServletProblem {

    private ServletProblem() {}

    static void write(HttpServletRequest request, HttpServletResponse response, int status, String title, String key)
            throws IOException {
        Locale language = "vi".equals(request.getLocale().getLanguage()) ? Locale.forLanguageTag("vi") : Locale.ENGLISH;
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter()
                .write(Json.createObjectBuilder()
                        .add("type", "about:blank")
                        .add("title", title)
                        .add("status", status)
                        .add("detail", Text.forLocale(language).getString(key))
                        .build()
                        .toString());
    }
}
