package vn.langso.web.certification;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The address printed in a certificate's QR code, {@code /verify/{code}}: short and stable, it shows the Faces page
 * verify.xhtml for the code. Open to everyone (web.xml).
 */
@WebServlet("/verify/*")
public class VerifyServlet extends HttpServlet {

    static final String CODE = "vn.langso.verify.code";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String path = request.getPathInfo();
        request.setAttribute(CODE, path == null || path.length() < 2 ? "" : path.substring(1));
        request.getRequestDispatcher("/verify.xhtml").forward(request, response);
    }
}
