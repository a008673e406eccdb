package vn.langso.web.quizzes;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import vn.langso.kernel.NotFoundException;
import vn.langso.quizzes.boundary.QuestionBank;
import vn.langso.web.faces.Pages;

/** A course's bank as a GIFT file, {@code /quizzes/export.gift?course=12}: a plain link for the signed-in editor. */
@WebServlet("/quizzes/export.gift")
public class GiftExportServlet extends HttpServlet {

    @Inject
    QuestionBank bank;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Long course = Pages.id(request.getParameter("course"));
        try {
            if (course == null) {
                throw new NotFoundException();
            }
            byte[] gift = bank.exportGift(course).getBytes(StandardCharsets.UTF_8);
            response.setContentType("text/plain; charset=UTF-8");
            response.setHeader("Content-Disposition", "attachment; filename=\"question-bank-" + course + ".gift\"");
            response.setHeader("Cache-Control", "no-store");
            response.setContentLength(gift.length);
            response.getOutputStream().write(gift);
        } catch (NotFoundException | EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }
}
