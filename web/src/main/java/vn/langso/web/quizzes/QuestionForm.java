package vn.langso.web.quizzes;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import vn.langso.quizzes.boundary.QuestionEdit;
import vn.langso.quizzes.boundary.QuestionView;
import vn.langso.quizzes.control.GiftParser;
import vn.langso.quizzes.entity.QuestionType;

/** What the question dialog holds while it is edited, kept as typed when the bank refuses it. */
public class QuestionForm implements Serializable {

    /** One row of the choices editor. */
    public static class ChoiceForm implements Serializable {
        private String text;
        private boolean correct;
        private String feedback;

        ChoiceForm(String text, boolean correct, String feedback) {
            this.text = text;
            this.correct = correct;
            this.feedback = feedback;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }

        public boolean isCorrect() {
            return correct;
        }

        public void setCorrect(boolean correct) {
            this.correct = correct;
        }

        public String getFeedback() {
            return feedback;
        }

        public void setFeedback(String feedback) {
            this.feedback = feedback;
        }
    }

    private Long id;
    private QuestionType type = QuestionType.SINGLE_CHOICE;
    private String category;
    private String title;
    private String text;
    private String explanation;
    private String imageKey;
    private final List<ChoiceForm> choices = new ArrayList<>();
    /** A true/false question's answer: its two choices are always "Đúng" and "Sai", never typed. */
    private boolean statementTrue = true;

    static QuestionForm blank(String category) {
        QuestionForm form = new QuestionForm();
        form.category = category;
        form.choices.add(new ChoiceForm("", true, null));
        form.choices.add(new ChoiceForm("", false, null));
        return form;
    }

    static QuestionForm of(QuestionView view) {
        QuestionForm form = new QuestionForm();
        form.id = view.id();
        form.imageKey = view.imageKey();
        form.type = view.type();
        form.category = view.category();
        form.title = view.title();
        form.text = view.textHtml();
        form.explanation = view.explanationHtml();
        view.choices().forEach(c -> form.choices.add(new ChoiceForm(c.text(), c.correct(), c.feedbackHtml())));
        if (view.type() == QuestionType.TRUE_FALSE) {
            form.statementTrue =
                    view.choices().stream().anyMatch(c -> c.correct() && GiftParser.TRUE_TEXT.equals(c.text()));
        }
        return form;
    }

    QuestionEdit edit() {
        List<QuestionEdit.ChoiceEdit> edits = type == QuestionType.TRUE_FALSE
                ? List.of(
                        new QuestionEdit.ChoiceEdit(GiftParser.TRUE_TEXT, statementTrue, feedbackOf(0)),
                        new QuestionEdit.ChoiceEdit(GiftParser.FALSE_TEXT, !statementTrue, feedbackOf(1)))
                : choices.stream()
                        .map(c -> new QuestionEdit.ChoiceEdit(c.text, c.correct, c.feedback))
                        .toList();
        return new QuestionEdit(type, category, title, text, explanation, edits);
    }

    private String feedbackOf(int index) {
        return index < choices.size() ? choices.get(index).feedback : null;
    }

    public boolean isStatementTrue() {
        return statementTrue;
    }

    public void setStatementTrue(boolean statementTrue) {
        this.statementTrue = statementTrue;
    }

    public void addChoice() {
        choices.add(new ChoiceForm("", false, null));
    }

    public void removeChoice(int index) {
        if (index >= 0 && index < choices.size()) {
            choices.remove(index);
        }
    }

    public Long getId() {
        return id;
    }

    public String getImageKey() {
        return imageKey;
    }

    void setImageKey(String imageKey) {
        this.imageKey = imageKey;
    }

    public QuestionType getType() {
        return type;
    }

    public void setType(QuestionType type) {
        this.type = type;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getExplanation() {
        return explanation;
    }

    public void setExplanation(String explanation) {
        this.explanation = explanation;
    }

    public List<ChoiceForm> getChoices() {
        return choices;
    }
}
