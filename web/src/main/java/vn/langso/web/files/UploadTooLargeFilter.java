package vn.langso.web.files;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;

/**
 * A multipart request over the Faces servlet's multipart-config limits (web.xml) fails as soon as Faces reads its
 * first parameter, and the error page, a Faces page reading the same request, would fail the same way: the caller
 * would get a bare server error. Such a request is answered instead with a redirect to a page that says why. The
 * course pages refuse a file over its limit before sending it, so this is for browsers without JavaScript.
 */
@WebFilter(servletNames = "Faces Servlet")
public class UploadTooLargeFilter extends HttpFilter {

    static final String PAGE = "/authoring/upload-too-large.xhtml";

    /** What undertow raises (wrapped in an IllegalStateException) when a request or one of its files is too large. */
    private static final Set<String> TOO_LARGE = Set.of(
            "io.undertow.server.RequestTooBigException",
            "io.undertow.server.handlers.form.MultiPartParserDefinition$FileTooLargeException");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException failure) {
            if (!tooLarge(failure) || response.isCommitted()) {
                throw failure;
            }
            response.resetBuffer();
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", request.getContextPath() + PAGE);
        }
    }

    private static boolean tooLarge(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (TOO_LARGE.contains(cause.getClass().getName())) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
