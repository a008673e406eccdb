package vn.langso.web.quizzes;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import vn.langso.kernel.BusinessException;
import vn.langso.kernel.NotFoundException;
import vn.langso.quizzes.boundary.QuizSetup;
import vn.langso.quizzes.boundary.QuizSetupView;
import vn.langso.quizzes.entity.ReviewMode;
import vn.langso.web.faces.Pages;
import vn.langso.web.i18n.Messages;

/** A quiz lesson's setup page (quiz.xhtml?course=&lesson=): its settings form; the slots have their own bean. */
@Named
@ViewScoped
public class QuizSetupBacking implements Serializable {

    @Inject
    QuizSetup setup;

    private String course;
    private String lesson;
    private QuizSetupView quiz;
    private QuizSetupForm form;

    /** A course the caller may not edit, or a lesson that is no quiz, answers exactly like one that does not exist. */
    public void open() {
        Long courseId = Pages.id(course);
        try {
            if (courseId == null || lesson == null) {
                throw new NotFoundException();
            }
            quiz = setup.open(courseId, lesson);
            form = QuizSetupForm.of(quiz.settings());
        } catch (NotFoundException | EJBAccessException e) {
            Pages.notFound();
        }
    }

    public void save() {
        try {
            quiz = setup.update(quiz.courseId(), quiz.lessonKey(), form.edit());
            form = QuizSetupForm.of(quiz.settings());
            Messages.info("quizzes.quiz.saved");
        } catch (BusinessException refusal) {
            Pages.refuse(refusal, QuizSetupForm.INPUTS);
        }
    }

    /** After a change of the slots: the quiz as stored now; the form keeps what is being typed. */
    void show(QuizSetupView changed) {
        quiz = changed;
    }

    public List<ReviewMode> getReviewModes() {
        return List.of(ReviewMode.values());
    }

    public String getCourse() {
        return course;
    }

    public void setCourse(String course) {
        this.course = course;
    }

    public String getLesson() {
        return lesson;
    }

    public void setLesson(String lesson) {
        this.lesson = lesson;
    }

    public QuizSetupView getQuiz() {
        return quiz;
    }

    public QuizSetupForm getForm() {
        return form;
    }
}
