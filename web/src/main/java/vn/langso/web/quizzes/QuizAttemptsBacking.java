package vn.langso.web.quizzes;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import vn.langso.kernel.NotFoundException;
import vn.langso.quizzes.boundary.QuizAttemptList;
import vn.langso.quizzes.boundary.QuizAttemptListFilter;
import vn.langso.quizzes.boundary.QuizAttemptListRow;
import vn.langso.quizzes.boundary.QuizAttemptListSummary;
import vn.langso.quizzes.entity.AttemptStatus;
import vn.langso.web.faces.PagedModel;
import vn.langso.web.faces.Pages;

/** Every attempt at a quiz (attempts.xhtml?course=&lesson=), for the course's editors: counts, filters, the list. */
@Named
@ViewScoped
public class QuizAttemptsBacking implements Serializable {

    @Inject
    QuizAttemptList attempts;

    private String course;
    private String lesson;
    private QuizAttemptListSummary summary;
    private AttemptStatus status;
    private String member;
    private QuizAttemptListFilter filter = new QuizAttemptListFilter(null, null);
    private final PagedModel<QuizAttemptListRow> list = new PagedModel<>(
            request -> attempts.list(summary.courseId(), summary.lessonKey(), filter, request), QuizAttemptListRow::id);

    public void open() {
        Long courseId = Pages.id(course);
        try {
            if (courseId == null || lesson == null) {
                throw new NotFoundException();
            }
            summary = attempts.summary(courseId, lesson);
        } catch (NotFoundException | EJBAccessException e) {
            Pages.notFound();
        }
    }

    public void search() {
        filter = new QuizAttemptListFilter(status, member);
        Pages.firstPage("attempts:list");
    }

    /** Times are stored in UTC; the page shows them on Vietnam's clocks. */
    public LocalDateTime local(LocalDateTime utc) {
        return QuizSetupForm.inVietnam(utc);
    }

    public List<AttemptStatus> getStatuses() {
        return List.of(AttemptStatus.values());
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

    public QuizAttemptListSummary getSummary() {
        return summary;
    }

    public AttemptStatus getStatus() {
        return status;
    }

    public void setStatus(AttemptStatus status) {
        this.status = status;
    }

    public String getMember() {
        return member;
    }

    public void setMember(String member) {
        this.member = member;
    }

    public PagedModel<QuizAttemptListRow> getList() {
        return list;
    }
}
