package vn.langso.web.api.org;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;
import vn.langso.kernel.ImportError;
import vn.langso.kernel.ImportRejectedException;
import vn.langso.web.api.Problem;
import vn.langso.web.org.imports.ImportTexts;

/**
 * A refused import as problem+json with an {@code errors} array: line, column, message (English, or Vietnamese
 * when the client prefers it), and the message key and arguments for clients that word it themselves.
 */
@Provider
public class ImportRejections implements ExceptionMapper<ImportRejectedException> {

    static final int UNPROCESSABLE_CONTENT = 422;
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    public record ErrorJson(int line, String column, String message, String messageKey, List<String> args) {}

    public record ImportProblem(String type, String title, int status, String detail, List<ErrorJson> errors) {}

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(ImportRejectedException rejected) {
        Locale locale = language();
        List<ErrorJson> errors = rejected.errors().stream()
                .map(e -> new ErrorJson(e.line(), e.column(), ImportTexts.message(e, locale), e.messageKey(), e.args()))
                .toList();
        String detail = ImportTexts.message(
                new ImportError(0, null, rejected.messageKey(), List.of(String.valueOf(errors.size()))), locale);
        return Response.status(UNPROCESSABLE_CONTENT)
                .type(Problem.MEDIA_TYPE)
                .entity(new ImportProblem(
                        "about:blank", "Unprocessable Content", UNPROCESSABLE_CONTENT, detail, errors))
                .build();
    }

    private Locale language() {
        List<Locale> wanted = headers == null ? List.of() : headers.getAcceptableLanguages();
        return !wanted.isEmpty()
                        && VIETNAMESE.getLanguage().equals(wanted.get(0).getLanguage())
                ? VIETNAMESE
                : Locale.ENGLISH;
    }
}
