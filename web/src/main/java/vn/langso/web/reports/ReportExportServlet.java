package vn.langso.web.reports;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.langso.kernel.Sheet;
import vn.langso.learning.boundary.CourseReports;

/** A course's by-team report as a file, {@code /reports/export/courses/7/teams.csv?unit=822}. */
@WebServlet(ReportExportServlet.PATH + "/*")
public class ReportExportServlet extends SheetServlet {

    static final String PATH = "/reports/export";

    private static final Pattern FILE = Pattern.compile("/courses/(\\d{1,18})/teams\\.(csv|xlsx)");

    @Inject
    CourseReports reports;

    @Override
    protected Pattern files() {
        return FILE;
    }

    @Override
    protected Sheet sheet(Matcher file, HttpServletRequest request) {
        return reports.byTeamSheet(Long.parseLong(file.group(1)), SheetDownloads.unit(request.getParameter("unit")));
    }
}
