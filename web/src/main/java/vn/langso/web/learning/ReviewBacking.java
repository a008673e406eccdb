package vn.langso.web.learning;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import vn.langso.kernel.NotFoundException;
import vn.langso.quizzes.boundary.AttemptView;
import vn.langso.quizzes.boundary.Attempts;
import vn.langso.web.faces.Pages;

/** A graded attempt (review.xhtml?id=) for its learner, as the quiz allows, or for a trainer of the course. */
@Named
@ViewScoped
public class ReviewBacking implements Serializable {

    @Inject
    Attempts attempts;

    private String attemptId;
    private AttemptView attempt;

    public void open() throws IOException {
        Long id = Pages.id(attemptId);
        try {
            if (id == null) {
                throw new NotFoundException();
            }
            attempt = attempts.view(id);
        } catch (NotFoundException | EJBAccessException e) {
            Pages.notFound();
            return;
        }
        if (attempt.isOpen() && attempt.ownAttempt()) {
            var external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + "/learning/attempt.xhtml?id=" + id);
        }
    }

    public AttemptView getAttempt() {
        return attempt;
    }

    public String getAttemptId() {
        return attemptId;
    }

    public void setAttemptId(String attemptId) {
        this.attemptId = attemptId;
    }
}
