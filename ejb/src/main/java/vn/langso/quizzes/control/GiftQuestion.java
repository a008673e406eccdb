package vn.langso.quizzes.control;

import java.util.List;
import vn.langso.quizzes.entity.QuestionType;

/**
 * A question as a GIFT file holds it: its category path ("" for none), optional title, text as HTML (not yet
 * sanitized), choices with their feedback, and the general feedback that LangSo shows as the explanation in review.
 *
 * @param line the line of the file where the question starts
 */
public record GiftQuestion(
        int line,
        String category,
        String title,
        QuestionType type,
        String textHtml,
        List<Choice> choices,
        String explanation) {

    /** A choice; {@code weightPercent} is GIFT's %n% (100 for the one right answer of a single choice). */
    public record Choice(String text, boolean correct, int weightPercent, String feedback) {}
}
