package vn.langso.demo.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.langso.demo.control.DemoQuizContent.DemoQuestion;
import vn.langso.demo.control.DemoQuizContent.DemoQuiz;
import vn.langso.quizzes.control.GiftParser;
import vn.langso.quizzes.control.GiftQuestion;
import vn.langso.quizzes.control.GiftWriter;
import vn.langso.quizzes.control.QuestionWriter;
import vn.langso.quizzes.entity.QuestionType;

class DemoBanksGiftRoundTripTest {

    @Test
    void everyQuestionOfEveryDemoBankExportsToGiftAndImportsBackTheSame() {
        for (DemoQuiz quiz : DemoQuizContent.ALL) {
            assertRoundTrip(quiz, true);
        }
    }

    /** Banks written before the demo stored weights: every choice at 0, which once exported as {@code ~%0%}. */
    @Test
    void questionsStoredWithoutWeightsStillExportRightAnswers() {
        for (DemoQuiz quiz : DemoQuizContent.ALL) {
            assertRoundTrip(quiz, false);
        }
    }

    private static void assertRoundTrip(DemoQuiz quiz, boolean withWeights) {
        List<GiftQuestion> stored =
                quiz.questions().stream().map(q -> asStored(q, withWeights)).toList();

        GiftParser.Result read = GiftParser.parse(GiftWriter.write(stored));

        assertThat(read.errors()).as(quiz.title()).isEmpty();
        assertThat(read.questions()).hasSameSizeAs(stored);
        for (int i = 0; i < stored.size(); i++) {
            GiftQuestion before = stored.get(i);
            GiftQuestion after = read.questions().get(i);
            assertThat(after.type()).as(before.textHtml()).isEqualTo(before.type());
            assertThat(after.choices())
                    .extracting(GiftQuestion.Choice::correct)
                    .as(before.textHtml())
                    .isEqualTo(before.choices().stream()
                            .map(GiftQuestion.Choice::correct)
                            .toList());
            if (before.type() != QuestionType.TRUE_FALSE) {
                assertThat(after.choices())
                        .extracting(GiftQuestion.Choice::text)
                        .isEqualTo(before.choices().stream()
                                .map(GiftQuestion.Choice::text)
                                .toList());
            }
            assertThat(after.textHtml()).contains(before.textHtml().replaceAll("</?p>", ""));
        }
    }

    private static GiftQuestion asStored(DemoQuestion question, boolean withWeights) {
        QuestionType type = QuestionType.valueOf(question.type());
        long right = question.choices().stream()
                .filter(DemoQuizContent.DemoChoice::correct)
                .count();
        return new GiftQuestion(
                0,
                "Kiểm tra cuối khóa",
                "",
                type,
                "<p>" + question.text() + "</p>",
                question.choices().stream()
                        .map(c -> new GiftQuestion.Choice(
                                c.text(),
                                c.correct(),
                                withWeights ? QuestionWriter.weight(type, c.correct(), right) : 0,
                                c.feedback() == null ? "" : "<p>" + c.feedback() + "</p>"))
                        .toList(),
                "<p>" + question.explanation() + "</p>");
    }
}
