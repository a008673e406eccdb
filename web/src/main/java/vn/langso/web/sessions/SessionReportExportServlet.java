package vn.langso.web.sessions;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.langso.kernel.Sheet;
import vn.langso.sessions.boundary.SessionReports;
import vn.langso.web.api.ApiRequests;
import vn.langso.web.reports.SheetDownloads;
import vn.langso.web.reports.SheetServlet;

/** The sessions report's files, {@code /sessions/export/units.xlsx?unit=&from=&to=} and {@code facilitators.csv}. */
@WebServlet(SessionReportExportServlet.PATH + "/*")
public class SessionReportExportServlet extends SheetServlet {

    static final String PATH = "/sessions/export";

    private static final Pattern FILE = Pattern.compile("/(units|facilitators)\\.(csv|xlsx)");

    @Inject
    SessionReports reports;

    @Override
    protected Pattern files() {
        return FILE;
    }

    @Override
    protected Sheet sheet(Matcher file, HttpServletRequest request) {
        Long unitId = SheetDownloads.unit(request.getParameter("unit"));
        // A day missing or not a day is refused by the boundary or here, as a 400.
        LocalDate from = ApiRequests.day("from", request.getParameter("from"));
        LocalDate to = ApiRequests.day("to", request.getParameter("to"));
        return "units".equals(file.group(1))
                ? reports.byUnitSheet(unitId, from, to)
                : reports.byFacilitatorSheet(unitId, from, to);
    }
}
