package vn.langso.web.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.HttpHeaders;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import vn.langso.kernel.InvalidInputException;
import vn.langso.kernel.PageRequest;
import vn.langso.web.i18n.Language;

/**
 * How every API call reads its request: paging as {@code page} (from 0), {@code size} (up to 200) and {@code sort}
 * (a field, {@code -field} descending); bodies as strict JSON, where anything unreadable is a 400 problem.
 */
public final class ApiRequests {

    static final int DEFAULT_SIZE = 50;
    /** Shared with RESTEasy through {@link SharedJsonb}: a JSON-B instance keeps what it learnt of each class. */
    static final Jsonb JSON = JsonbBuilder.create();

    private ApiRequests() {}

    public static PageRequest page(Integer page, Integer size, String sort) {
        boolean descending = sort != null && sort.startsWith("-");
        String field = sort == null ? null : sort.replaceFirst("^[-+]", "");
        return new PageRequest(page == null ? 0 : page, size == null ? DEFAULT_SIZE : size, field, !descending);
    }

    public static <T> T body(String json, Class<T> type) {
        try {
            T value = json == null || json.isBlank() ? null : JSON.fromJson(json, type);
            if (value == null) {
                throw new InvalidInputException("body", "api.malformedBody");
            }
            return value;
        } catch (JsonbException e) {
            throw new InvalidInputException("body", "api.malformedBody");
        }
    }

    /** Like the API's other texts: English unless the client asks for Vietnamese first. */
    public static Locale language(HttpHeaders headers) {
        List<Locale> wanted = headers == null ? List.of() : headers.getAcceptableLanguages();
        return !wanted.isEmpty()
                        && Language.VIETNAMESE
                                .getLanguage()
                                .equals(wanted.get(0).getLanguage())
                ? Language.VIETNAMESE
                : Language.ENGLISH;
    }

    /** A day of a query, written YYYY-MM-DD; null when not given. */
    public static LocalDate day(String field, String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "api.date");
        }
    }
}
