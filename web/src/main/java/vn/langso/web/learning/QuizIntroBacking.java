package vn.langso.web.learning;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import vn.langso.kernel.BusinessException;
import vn.langso.quizzes.boundary.Attempts;
import vn.langso.quizzes.boundary.QuizIntro;
import vn.langso.web.i18n.Messages;

/** The quiz part of a quiz lesson (lesson.xhtml): the rules, the learner's attempts, Start / Continue. */
@Named
@ViewScoped
public class QuizIntroBacking implements Serializable {

    @Inject
    Attempts attempts;

    @Inject
    LessonBacking lesson;

    private QuizIntro intro;
    private boolean loaded;

    /** Null when the trainer has not set the quiz up, or for a reader who is not a member enrolled. */
    public QuizIntro getIntro() {
        if (!loaded && lesson.getEnrolment() != null) {
            intro = attempts.intro(
                    lesson.getCourse().courseId(), lesson.getLesson().lessonKey());
        }
        loaded = true;
        return intro;
    }

    /** "Once you start, a 20-minute clock runs…": what starting means, asked before it happens. */
    public String getStartConfirmation() {
        Integer minutes = getIntro().timeLimitMinutes();
        return minutes == null
                ? Messages.text("attempts.intro.startConfirmNoLimit")
                : Messages.text("attempts.intro.startConfirm", minutes);
    }

    /** Starts (or continues) the attempt and opens it; a refusal stays on the lesson with its reason. */
    public String start() {
        try {
            long attemptId = attempts.start(getIntro().quizId()).attempt().attemptId();
            return "/learning/attempt?faces-redirect=true&id=" + attemptId;
        } catch (BusinessException | EJBAccessException refusal) {
            if (refusal instanceof BusinessException business) {
                Messages.error(business.messageKey(), business.arguments().toArray());
            }
            loaded = false;
            return null;
        }
    }
}
