package vn.langso.quizzes.boundary;

import java.util.List;
import vn.langso.quizzes.entity.Question;
import vn.langso.quizzes.entity.QuestionType;

/** A question as its editor opens it. */
public record QuestionView(
        long id,
        QuestionType type,
        String category,
        String title,
        String textHtml,
        String explanationHtml,
        boolean active,
        String imageKey,
        List<QuestionEdit.ChoiceEdit> choices) {

    static QuestionView of(Question q) {
        return new QuestionView(
                q.getId(),
                q.getType(),
                q.getCategory().getName(),
                q.getTitle(),
                q.getTextHtml(),
                q.getExplanationHtml(),
                q.isActive(),
                q.getImageFile() == null ? null : q.getImageFile().getFileKey(),
                q.getChoices().stream()
                        .map(c -> new QuestionEdit.ChoiceEdit(c.getText(), c.isCorrect(), c.getFeedbackHtml()))
                        .toList());
    }
}
