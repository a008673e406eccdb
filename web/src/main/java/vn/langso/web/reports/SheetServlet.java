package vn.langso.web.reports;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.langso.kernel.BusinessException;
import vn.langso.kernel.NotFoundException;
import vn.langso.kernel.Sheet;
import vn.langso.kernel.SheetFormat;
import vn.langso.web.i18n.Language;

/**
 * A report's downloads for the pages: plain links answered for the signed-in session (web.xml protects every path),
 * the file named by the path, whose last group is {@code csv} or {@code xlsx}. The boundary scopes the sheet like the
 * report; it is made before a byte is sent, so a unit outside the caller's area is still a 404, a role without the
 * report a 403, a request it refuses (a period back to front) a 400.
 */
public abstract class SheetServlet extends HttpServlet {

    @Inject
    Language language;

    /** The files this servlet serves, matched against the path after its own. */
    protected abstract Pattern files();

    protected abstract Sheet sheet(Matcher file, HttpServletRequest request);

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher file = files().matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        Optional<SheetFormat> format =
                file.matches() ? SheetFormat.named(file.group(file.groupCount())) : Optional.empty();
        if (format.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try {
            SheetDownloads.send(sheet(file, request), format.get(), language.getLocale(), response);
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        } catch (EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        } catch (BusinessException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
        }
    }
}
