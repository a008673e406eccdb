package vn.langso.web.quizzes;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import vn.langso.kernel.BusinessException;
import vn.langso.quizzes.boundary.CategoryCount;
import vn.langso.quizzes.boundary.QuestionBank;
import vn.langso.quizzes.boundary.QuestionFilter;
import vn.langso.quizzes.boundary.QuestionRow;
import vn.langso.quizzes.boundary.QuizSetup;
import vn.langso.quizzes.boundary.QuizSetupView;
import vn.langso.quizzes.boundary.SlotView;
import vn.langso.web.faces.PagedModel;
import vn.langso.web.faces.Pages;
import vn.langso.web.i18n.Messages;

/** The slots of the quiz on quiz.xhtml: a fixed question picked from the bank, a random draw, remove, move. */
@Named
@ViewScoped
public class QuizSetupSlotsBacking implements Serializable {

    static final Map<String, String> INPUTS =
            Map.of("question", "pick:questions", "category", "random:category", "drawCount", "random:drawCount");

    @Inject
    QuizSetupBacking page;

    @Inject
    QuizSetup setup;

    @Inject
    QuestionBank bank;

    private String text;
    private QuestionFilter filter = new QuestionFilter(null, null);
    private Long categoryId;
    private Integer drawCount = 1;
    private List<CategoryCount> categories;
    private final PagedModel<QuestionRow> questions =
            new PagedModel<>(request -> bank.list(quiz().courseId(), filter, request), QuestionRow::id);

    public void search() {
        filter = new QuestionFilter(null, text);
        Pages.firstPage("pick:questions");
    }

    public void addQuestion(long questionId) {
        change(() -> setup.addQuestion(quiz().courseId(), quiz().lessonKey(), questionId));
    }

    public void addRandom() {
        if (change(() -> setup.addRandom(
                quiz().courseId(), quiz().lessonKey(), categoryId == null ? 0 : categoryId, drawCount))) {
            drawCount = 1;
        }
    }

    public void remove(long slotId) {
        change(() -> setup.removeSlot(quiz().courseId(), quiz().lessonKey(), slotId));
    }

    public void move(int from, int to) {
        List<Long> ids =
                new ArrayList<>(quiz().slots().stream().map(SlotView::id).toList());
        if (from == to || to < 0 || to >= ids.size()) {
            return;
        }
        ids.add(to, ids.remove(from));
        change(() -> setup.reorderSlots(quiz().courseId(), quiz().lessonKey(), ids));
    }

    private boolean change(Supplier<QuizSetupView> call) {
        try {
            page.show(call.get());
            categories = null;
            Messages.info("quizzes.quiz.slotsSaved");
            return true;
        } catch (BusinessException refusal) {
            Pages.refuse(refusal, INPUTS);
            return false;
        }
    }

    private QuizSetupView quiz() {
        return page.getQuiz();
    }

    /** Read once per change of the slots: the menu asks for its items several times per request. */
    public List<CategoryCount> getCategories() {
        if (categories == null) {
            categories = bank.categories(quiz().courseId());
        }
        return categories;
    }

    public PagedModel<QuestionRow> getQuestions() {
        return questions;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Long getCategoryId() {
        return categoryId;
    }

    public void setCategoryId(Long categoryId) {
        this.categoryId = categoryId;
    }

    public Integer getDrawCount() {
        return drawCount;
    }

    public void setDrawCount(Integer drawCount) {
        this.drawCount = drawCount;
    }
}
