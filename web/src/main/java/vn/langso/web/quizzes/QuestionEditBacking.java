package vn.langso.web.quizzes;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.langso.kernel.BusinessException;
import vn.langso.quizzes.boundary.CategoryCount;
import vn.langso.quizzes.boundary.QuestionBank;
import vn.langso.quizzes.entity.QuestionType;
import vn.langso.web.faces.Pages;
import vn.langso.web.i18n.Messages;

/** The question dialog of the bank page: a new question or an existing one, with its choices. */
@Named
@ViewScoped
public class QuestionEditBacking implements Serializable {

    /** The boundary's field names and the inputs of the dialog that show their refusals. */
    private static final Map<String, String> INPUTS = Map.of(
            "type", "questionForm:type",
            "category", "questionForm:category",
            "title", "questionForm:title",
            "text", "questionForm:text",
            "choices", "questionForm:choices");

    @Inject
    QuestionBank bank;

    @Inject
    BankBacking page;

    private QuestionForm form = QuestionForm.blank(null);

    public void startNew() {
        List<CategoryCount> categories = page.getCategories();
        form = QuestionForm.blank(
                categories.isEmpty() ? null : categories.get(0).name());
    }

    public void startEdit(long questionId) {
        form = QuestionForm.of(bank.question(page.getCourseId(), questionId));
    }

    public void save() {
        try {
            if (form.getId() == null) {
                bank.create(page.getCourseId(), form.edit());
            } else {
                bank.update(page.getCourseId(), form.getId(), form.edit());
            }
            page.refresh();
            Messages.info("quizzes.question.saved");
        } catch (BusinessException refusal) {
            Pages.refuse(refusal, INPUTS);
        }
    }

    /** Category names starting with what was typed, for the autocomplete. */
    public List<String> categoryNames(String typed) {
        String start = typed == null ? "" : typed.toLowerCase(Locale.ROOT);
        return page.getCategories().stream()
                .map(CategoryCount::name)
                .filter(n -> n.toLowerCase(Locale.ROOT).contains(start))
                .toList();
    }

    public QuestionType[] getTypes() {
        return QuestionType.values();
    }

    public QuestionForm getForm() {
        return form;
    }
}
