package vn.langso.quizzes.boundary;

import java.util.List;
import vn.langso.quizzes.entity.QuestionType;

/**
 * A question as its editor sends it. {@code category} is a category's name, an existing one or a new one; the HTML
 * fields are sanitized before they are stored.
 */
public record QuestionEdit(
        QuestionType type,
        String category,
        String title,
        String textHtml,
        String explanationHtml,
        List<ChoiceEdit> choices) {

    public QuestionEdit {
        choices = choices == null ? List.of() : List.copyOf(choices);
    }

    /** A choice: plain text, whether it is right, and the feedback a learner sees when choosing it. */
    public record ChoiceEdit(String text, boolean correct, String feedbackHtml) {}
}
