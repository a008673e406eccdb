package vn.langso.web.sessions;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.langso.kernel.BusinessException;
import vn.langso.kernel.NotFoundException;
import vn.langso.kernel.Sheet;
import vn.langso.kernel.SheetFormat;
import vn.langso.sessions.boundary.SessionReports;
import vn.langso.web.i18n.Language;
import vn.langso.web.reports.SheetDownloads;

/**
 * The sessions report's downloads for the pages, {@code /sessions/export/units.xlsx?unit=&from=&to=} and
 * {@code facilitators.csv}: plain links answered for the signed-in session, scoped by the boundary like the page.
 */
@WebServlet(SessionReportExportServlet.PATH + "/*")
public class SessionReportExportServlet extends HttpServlet {

    static final String PATH = "/sessions/export";

    private static final Pattern FILE = Pattern.compile("/(units|facilitators)\\.(csv|xlsx)");

    @Inject
    SessionReports reports;

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
            Long unitId = SheetDownloads.unit(request.getParameter("unit"));
            LocalDate from = LocalDate.parse(request.getParameter("from"));
            LocalDate to = LocalDate.parse(request.getParameter("to"));
            Sheet sheet = "units".equals(file.group(1))
                    ? reports.byUnitSheet(unitId, from, to)
                    : reports.byFacilitatorSheet(unitId, from, to);
            SheetDownloads.send(sheet, format.get(), language.getLocale(), response);
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        } catch (EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        } catch (BusinessException | DateTimeParseException | NullPointerException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
        }
    }
}
