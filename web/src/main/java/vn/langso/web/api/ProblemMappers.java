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
import vn.langso.kernel.BusinessException;
import vn.langso.web.i18n.Text;

/** Every refusal of the API as problem+json, so that clients parse one shape of error. */
public final class ProblemMappers {

    private ProblemMappers() {}

    @Provider
    public static class BusinessRefusal implements ExceptionMapper<BusinessException> {

        @Context
        HttpHeaders headers;

        /** English unless the client asks for Vietnamese first (the field app says which language it shows). */
        @Override
        public Response toResponse(BusinessException refusal) {
            boolean vietnamese = headers != null
                    && !headers.getAcceptableLanguages().isEmpty()
                    && "vi".equals(headers.getAcceptableLanguages().get(0).getLanguage());
            ResourceBundle bundle = Text.forLocale(vietnamese ? Locale.forLanguageTag("vi") : Locale.ENGLISH);
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
        @Override
        public Response toResponse(EJBAccessException refusal) {
            return Problem.response(Response.Status.FORBIDDEN, "Your role does not allow this.");
        }
    }

    @Provider
    public static class HttpRefusal implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException refusal) {
            Response.Status status =
                    Response.Status.fromStatusCode(refusal.getResponse().getStatus());
            if (status == null) {
                status = Response.Status.INTERNAL_SERVER_ERROR;
            }
            return Problem.response(status, refusal.getMessage());
        }
    }
}
