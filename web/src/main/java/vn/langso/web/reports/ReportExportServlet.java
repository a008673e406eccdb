package vn.langso.web.reports;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.langso.kernel.NotFoundException;
import vn.langso.learning.boundary.CourseReports;
import vn.langso.web.i18n.Language;

/**
 * The report exports for the pages, {@code /reports/export/courses/7/teams.csv?unit=822}: plain links answered for
 * the signed-in session (web.xml protects every path), scoped by the boundary like the report itself.
 */
@WebServlet(ReportExportServlet.PATH + "/*")
public class ReportExportServlet extends HttpServlet {

    static final String PATH = "/reports/export";

    private static final Pattern FILE = Pattern.compile("/courses/(\\d{1,18})/teams\\.(csv|xlsx)");

    @Inject
    CourseReports reports;

    @Inject
    Language language;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher file = FILE.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        Optional<ReportDownloads> format = file.matches() ? ReportDownloads.named(file.group(2)) : Optional.empty();
        if (format.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try {
            long courseId = Long.parseLong(file.group(1));
            Long unitId = ReportDownloads.unit(request.getParameter("unit"));
            reports.requireVisible(courseId, unitId);
            response.setContentType(format.get().contentType());
            response.setHeader("Content-Disposition", format.get().contentDisposition(courseId));
            response.setHeader("Cache-Control", "no-store");
            format.get().write(reports, courseId, unitId, language.getLocale(), response.getOutputStream());
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        } catch (EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        }
    }
}
