package vn.langso.web.coverage;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.langso.coverage.boundary.Coverage;
import vn.langso.kernel.Sheet;
import vn.langso.web.api.ApiRequests;
import vn.langso.web.reports.SheetDownloads;
import vn.langso.web.reports.SheetServlet;

/**
 * The coverage dashboard's tables as files: {@code /coverage/export/units.xlsx?unit=&from=&to=}, {@code services.csv},
 * and a hamlet's {@code households.csv?unit=}.
 */
@WebServlet(CoverageExportServlet.PATH + "/*")
public class CoverageExportServlet extends SheetServlet {

    static final String PATH = "/coverage/export";

    private static final Pattern FILE = Pattern.compile("/(units|services|households)\\.(csv|xlsx)");

    @Inject
    Coverage coverage;

    @Override
    protected Pattern files() {
        return FILE;
    }

    @Override
    protected Sheet sheet(Matcher file, HttpServletRequest request) {
        Long unitId = SheetDownloads.unit(request.getParameter("unit"));
        if ("households".equals(file.group(1))) {
            return coverage.householdsSheet(unitId == null ? 0 : unitId);
        }
        LocalDate from = ApiRequests.day("from", request.getParameter("from"));
        LocalDate to = ApiRequests.day("to", request.getParameter("to"));
        return "units".equals(file.group(1))
                ? coverage.byUnitSheet(unitId, from, to)
                : coverage.servicesSheet(unitId, from, to);
    }
}
