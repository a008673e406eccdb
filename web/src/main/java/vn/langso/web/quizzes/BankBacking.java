package vn.langso.web.quizzes;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import vn.langso.kernel.NotFoundException;
import vn.langso.quizzes.boundary.CategoryCount;
import vn.langso.quizzes.boundary.QuestionBank;
import vn.langso.quizzes.boundary.QuestionFilter;
import vn.langso.quizzes.boundary.QuestionRow;
import vn.langso.web.faces.PagedModel;
import vn.langso.web.faces.Pages;
import vn.langso.web.i18n.Messages;

/** The question bank of a course (bank.xhtml?course=): the list with its filters, and deactivation. */
@Named
@ViewScoped
public class BankBacking implements Serializable {

    @Inject
    QuestionBank bank;

    private String course;
    private long courseId;
    private Long categoryId;
    private String text;
    private QuestionFilter filter = new QuestionFilter(null, null);
    private List<CategoryCount> categories = List.of();
    private final PagedModel<QuestionRow> list =
            new PagedModel<>(request -> bank.list(courseId, filter, request), QuestionRow::id);

    /** A course the caller may not edit answers exactly like one that does not exist. */
    public void open() {
        Long id = Pages.id(course);
        try {
            if (id == null) {
                throw new NotFoundException();
            }
            courseId = id;
            refresh();
        } catch (NotFoundException | EJBAccessException e) {
            Pages.notFound();
        }
    }

    void refresh() {
        categories = bank.categories(courseId);
    }

    public void search() {
        filter = new QuestionFilter(categoryId, text);
        refresh();
        Pages.firstPage("bank:list");
    }

    public void deactivate(long questionId) {
        bank.deactivate(courseId, questionId);
        refresh();
        Messages.info("quizzes.bank.deactivated");
    }

    public long getCourseId() {
        return courseId;
    }

    public String getCourse() {
        return course;
    }

    public void setCourse(String course) {
        this.course = course;
    }

    public Long getCategoryId() {
        return categoryId;
    }

    public void setCategoryId(Long categoryId) {
        this.categoryId = categoryId;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public List<CategoryCount> getCategories() {
        return categories;
    }

    public PagedModel<QuestionRow> getList() {
        return list;
    }
}
