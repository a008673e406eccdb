package vn.langso.web.security;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The error page of the refusals made before any page or resource is reached, by the authentication mechanism: 401
 * (no or wrong credentials) and 421 (a Host that is not this server's). Problem+json, whoever asked.
 */
@WebServlet(RefusalProblem.PATH)
public class RefusalProblem extends HttpServlet {

    static final String PATH = "/error/refusal";

    static final int MISDIRECTED = 421;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (status instanceof Integer code && code == MISDIRECTED) {
            ServletProblem.write(request, response, MISDIRECTED, "Misdirected Request", "error.unknownHost");
        } else {
            ServletProblem.write(
                    request, response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized", "error.unauthorized");
        }
    }
}
