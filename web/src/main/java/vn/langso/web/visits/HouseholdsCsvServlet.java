package vn.langso.web.visits;

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
import vn.langso.kernel.NotFoundException;
import vn.langso.visits.boundary.HouseholdTransfer;
import vn.langso.web.faces.Pages;

/**
 * The households of the caller's area as CSV for the page's session ({@code /visits/export/households.csv?unit=ID}),
 * scoped by the boundary: a unit outside the area is 404, a role without exports 403.
 */
@WebServlet("/visits/export/households.csv")
public class HouseholdsCsvServlet extends HttpServlet {

    @Inject
    HouseholdTransfer transfer;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            String unitText = request.getParameter("unit");
            Long unitId = unitText == null || unitText.isBlank() ? null : Pages.id(unitText);
            if (unitText != null && !unitText.isBlank() && unitId == null) {
                throw new NotFoundException();
            }
            transfer.requireVisible(unitId);
            response.setContentType("text/csv; charset=UTF-8");
            response.setHeader("Content-Disposition", "attachment; filename=\"langso-households.csv\"");
            response.setHeader("Cache-Control", "no-store");
            Writer out = new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
            transfer.exportCsv(unitId, out);
            out.flush();
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        } catch (EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        }
    }
}
