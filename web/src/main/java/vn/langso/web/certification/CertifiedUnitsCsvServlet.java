package vn.langso.web.certification;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import vn.langso.certification.boundary.CertificationReports;
import vn.langso.kernel.NotFoundException;

/**
 * The certified-by-unit report as CSV for the page's session ({@code /certification/export/units.csv?unit=822}),
 * scoped by the boundary like the page: outside the caller's area 404, a role without the report 403.
 */
@WebServlet(CertifiedUnitsCsvServlet.PATH)
public class CertifiedUnitsCsvServlet extends HttpServlet {

    static final String PATH = "/certification/export/units.csv";

    @Inject
    CertificationReports reports;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            Long unitId = unit(request.getParameter("unit"));
            reports.requireVisible(unitId);
            response.setContentType("text/csv; charset=UTF-8");
            response.setHeader(
                    "Content-Disposition",
                    "attachment; filename=\"langso-certified-"
                            + (unitId == null ? "" : unitId + "-")
                            + LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")) + ".csv\"");
            response.setHeader("Cache-Control", "no-store");
            Writer out = new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
            reports.exportCsv(unitId, out);
            out.flush();
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        } catch (EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        }
    }

    /** A unit parameter that is not a number finds nothing. */
    static Long unit(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(text.trim());
        } catch (NumberFormatException e) {
            throw new NotFoundException();
        }
    }
}
