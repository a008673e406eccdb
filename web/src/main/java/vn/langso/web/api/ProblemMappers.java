package vn.langso.web.api;

import jakarta.ejb.EJBAccessException;
import jakarta.ws.rs.WebApplicationException;
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
        @Override
        public Response toResponse(BusinessException refusal) {
            ResourceBundle bundle = Text.forLocale(Locale.ENGLISH);
            String detail = bundle.containsKey(refusal.messageKey())
                    ? MessageFormat.format(
                            bundle.getString(refusal.messageKey()),
                            refusal.arguments().toArray())
                    : refusal.messageKey();
            return Problem.response(Response.Status.fromStatusCode(refusal.status()), detail);
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
