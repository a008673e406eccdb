package vn.langso.web.certification;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import vn.langso.certification.boundary.CertificateDocument;
import vn.langso.certification.boundary.Certificates;
import vn.langso.kernel.NotFoundException;
import vn.langso.web.faces.Pages;
import vn.langso.web.security.PublicUrl;

/**
 * A certificate as a printable PDF, {@code /certificates/certificate.pdf?id=42}, for its holder, an admin and the
 * leaders of the holder's area; anyone else gets 404, as for a certificate that does not exist.
 */
@WebServlet("/certificates/certificate.pdf")
public class CertificatePdfServlet extends HttpServlet {

    @Inject
    Certificates certificates;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Long id = Pages.id(request.getParameter("id"));
        try {
            if (id == null) {
                throw new NotFoundException();
            }
            CertificateDocument document = certificates.pdf(id, PublicUrl.verificationBase(request));
            response.setContentType("application/pdf");
            response.setHeader("Content-Disposition", "inline; filename=\"" + document.fileName() + "\"");
            response.setHeader("Cache-Control", "private, no-store");
            response.setContentLength(document.pdf().length);
            response.getOutputStream().write(document.pdf());
        } catch (NotFoundException | EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }
}
