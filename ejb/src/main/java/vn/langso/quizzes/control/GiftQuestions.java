package vn.langso.quizzes.control;

import vn.langso.quizzes.entity.Question;

/** Between the questions of a GIFT file and those of a bank, keeping GIFT's weights and its category paths. */
public final class GiftQuestions {

    private GiftQuestions() {}

    public static QuestionWriter.Content content(GiftQuestion gift) {
        return new QuestionWriter.Content(
                gift.type(),
                gift.category(),
                gift.title(),
                gift.textHtml(),
                gift.explanation(),
                gift.choices().stream()
                        .map(c -> new QuestionWriter.Choice(c.text(), c.correct(), c.weightPercent(), c.feedback()))
                        .toList());
    }

    public static GiftQuestion gift(Question question) {
        return new GiftQuestion(
                0,
                question.getCategory().getName(),
                question.getTitle(),
                question.getType(),
                question.getTextHtml(),
                question.getChoices().stream()
                        .map(c -> new GiftQuestion.Choice(
                                c.getText(), c.isCorrect(), c.getWeightPercent(), orEmpty(c.getFeedbackHtml())))
                        .toList(),
                orEmpty(question.getExplanationHtml()));
    }

    private static String orEmpty(String html) {
        return html == null ? "" : html;
    }
}
