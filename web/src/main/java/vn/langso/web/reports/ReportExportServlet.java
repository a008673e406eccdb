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
import vn.langso.kernel.SheetFormat;
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
        Optional<SheetFormat> format = file.matches() ? SheetFormat.named(file.group(2)) : Optional.empty();
        if (format.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try {
            long courseId = Long.parseLong(file.group(1));
            Long unitId = SheetDownloads.unit(request.getParameter("unit"));
            SheetDownloads.send(reports.byTeamSheet(courseId, unitId), format.get(), language.getLocale(), response);
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        } catch (EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        }
    }
}
