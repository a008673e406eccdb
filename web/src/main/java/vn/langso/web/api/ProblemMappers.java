package vn.langso.web.api;

import jakarta.ejb.EJBAccessException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.langso.kernel.BusinessException;
import vn.langso.web.i18n.Text;

/**
 * Every refusal of the API as problem+json in the caller's language, so that clients parse one shape of error. A
 * detail is always one of LangSo's texts, never an exception's message: those name classes, paths and the
 * framework's codes, which are for the server's log.
 */
public final class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

    private ProblemMappers() {}

    /** English unless the client asks for Vietnamese first (the field app says which language it shows). */
    static ResourceBundle texts(HttpHeaders headers) {
        boolean vietnamese = headers != null
                && !headers.getAcceptableLanguages().isEmpty()
                && "vi".equals(headers.getAcceptableLanguages().get(0).getLanguage());
        return Text.forLocale(vietnamese ? Locale.forLanguageTag("vi") : Locale.ENGLISH);
    }

    @Provider
    public static class BusinessRefusal implements ExceptionMapper<BusinessException> {

        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(BusinessException refusal) {
            ResourceBundle bundle = texts(headers);
            String detail = bundle.containsKey(refusal.messageKey())
                    ? MessageFormat.format(
                            bundle.getString(refusal.messageKey()),
                            refusal.arguments().toArray())
                    : refusal.messageKey();
            Response.Status known = Response.Status.fromStatusCode(refusal.status());
            return known != null
                    ? Problem.response(known, detail)
                    : Problem.response(refusal.status(), "Unprocessable Content", detail);
        }
    }

    @Provider
    public static class AccessRefusal implements ExceptionMapper<EJBAccessException> {

        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(EJBAccessException refusal) {
            return Problem.response(Response.Status.FORBIDDEN, texts(headers).getString("error.forbidden"));
        }
    }

    /** The framework's own refusals: an unknown path (404), a wrong method (405) or body type (415), and so on. */
    @Provider
    public static class HttpRefusal implements ExceptionMapper<WebApplicationException> {

        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(WebApplicationException refusal) {
            int code = refusal.getResponse().getStatus();
            Response.Status status = Response.Status.fromStatusCode(code);
            if (status == null || code >= 500) {
                return new UnexpectedFailure().logAndAnswer(refusal, headers);
            }
            ResourceBundle bundle = texts(headers);
            String key = "error.http." + code;
            return Problem.response(status, bundle.getString(bundle.containsKey(key) ? key : "error.http.other"));
        }
    }

    /** A defect: logged in full, answered with a 500 that says only that, in the caller's language. */
    @Provider
    public static class UnexpectedFailure implements ExceptionMapper<Exception> {

        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(Exception failure) {
            return logAndAnswer(failure, headers);
        }

        Response logAndAnswer(Exception failure, HttpHeaders headers) {
            LOG.log(Level.SEVERE, "An API call failed", failure);
            return Problem.response(
                    Response.Status.INTERNAL_SERVER_ERROR, texts(headers).getString("error.unexpected"));
        }
    }
}
