package vn.langso.quizzes.boundary;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import vn.langso.quizzes.entity.QuestionType;

/**
 * A question of an attempt, its choices in the order this attempt shows them. {@code points} and
 * {@code explanationHtml} are null where the review does not show them.
 */
public record AskedQuestionView(
        int position,
        long questionId,
        QuestionType type,
        String textHtml,
        String imageKey,
        List<ChoiceView> choices,
        Set<Long> chosen,
        BigDecimal points,
        String explanationHtml) {

    public boolean isMultiple() {
        return type == QuestionType.MULTIPLE_CHOICE;
    }

    /** A choice; {@code correct} and {@code feedbackHtml} are null where the review does not show them. */
    public record ChoiceView(long id, String text, Boolean correct, String feedbackHtml) {}
}
