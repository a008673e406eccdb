package vn.langso.web.coverage;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ResourceBundle;
import vn.langso.coverage.boundary.Coverage;
import vn.langso.kernel.BusinessException;
import vn.langso.kernel.NotFoundException;
import vn.langso.web.api.ApiRequests;
import vn.langso.web.i18n.Language;
import vn.langso.web.i18n.Text;
import vn.langso.web.reports.SheetDownloads;

/**
 * The printable coverage report, {@code /coverage/report.pdf?unit=&from=&to=}, in the reader's language, for the
 * signed-in session (web.xml protects every path). Made before a byte is sent: a unit outside the caller's area is a
 * 404, a role without the dashboard a 403, a period back to front a 400.
 */
@WebServlet(CoverageReportServlet.PATH)
public class CoverageReportServlet extends HttpServlet {

    static final String PATH = "/coverage/report.pdf";

    @Inject
    Coverage coverage;

    @Inject
    Language language;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] pdf;
        try {
            ResourceBundle texts = Text.forLocale(language.getLocale());
            LocalDate from = ApiRequests.day("from", request.getParameter("from"));
            LocalDate to = ApiRequests.day("to", request.getParameter("to"));
            pdf = coverage.reportPdf(SheetDownloads.unit(request.getParameter("unit")), from, to, texts::getString);
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        } catch (BusinessException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "inline; filename=\"coverage-report.pdf\"");
        response.setContentLength(pdf.length);
        response.getOutputStream().write(pdf);
    }
}
