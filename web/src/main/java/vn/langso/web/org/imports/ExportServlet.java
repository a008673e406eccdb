package vn.langso.web.org.imports;

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
import java.util.Optional;
import vn.langso.kernel.NotFoundException;
import vn.langso.org.boundary.ExportFilter;
import vn.langso.org.boundary.OrganizationExport;
import vn.langso.org.control.CsvFormat;

/**
 * The CSV exports for the pages, {@code /org/export/units.csv?unit=822}: a plain link, answered for the signed-in
 * session (web.xml protects every path), scoped by the boundary like the lists.
 */
@WebServlet(ExportServlet.PATH + "/*")
public class ExportServlet extends HttpServlet {

    static final String PATH = "/org/export";

    @Inject
    OrganizationExport exports;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<CsvFormat> format = CsvDownloads.format(request.getPathInfo());
        if (format.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try {
            ExportFilter filter = CsvDownloads.filter(request::getParameter);
            exports.requireVisible(filter);
            response.setContentType(CsvDownloads.CONTENT_TYPE);
            response.setHeader("Content-Disposition", CsvDownloads.contentDisposition(format.get()));
            response.setHeader("Cache-Control", "no-store");
            Writer out = new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
            exports.write(format.get(), filter, out);
            out.flush();
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        } catch (EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        }
    }
}
