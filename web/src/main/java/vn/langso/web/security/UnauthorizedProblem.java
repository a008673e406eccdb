package vn.langso.web.security;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** The 401 error page: API clients get problem+json, whatever refused them. */
@WebServlet(UnauthorizedProblem.PATH)
public class UnauthorizedProblem extends HttpServlet {

    static final String PATH = "/error/unauthorized";

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ServletProblem.write(
                request, response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized", "error.unauthorized");
    }
}
