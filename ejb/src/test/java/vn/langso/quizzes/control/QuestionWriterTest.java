package vn.langso.quizzes.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.langso.kernel.InvalidInputException;
import vn.langso.quizzes.entity.QuestionType;

class QuestionWriterTest {

    @Test
    void singleChoiceNeedsExactlyOneRightAnswer() {
        assertThatThrownBy(() -> QuestionWriter.check(QuestionType.SINGLE_CHOICE, choices(true, true)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("quizzes.question.exactlyOneRight");
        assertThatThrownBy(() -> QuestionWriter.check(QuestionType.SINGLE_CHOICE, choices(false, false)))
                .hasMessage("quizzes.question.exactlyOneRight");
        assertThatCode(() -> QuestionWriter.check(QuestionType.SINGLE_CHOICE, choices(false, true)))
                .doesNotThrowAnyException();
    }

    @Test
    void multipleChoiceNeedsAtLeastOneRightAnswer() {
        assertThatThrownBy(() -> QuestionWriter.check(QuestionType.MULTIPLE_CHOICE, choices(false, false, false)))
                .hasMessage("quizzes.question.oneRightAtLeast");
        assertThatCode(() -> QuestionWriter.check(QuestionType.MULTIPLE_CHOICE, choices(true, true, false)))
                .doesNotThrowAnyException();
    }

    @Test
    void everyQuestionNeedsTwoChoicesAndTrueFalseExactlyTwo() {
        assertThatThrownBy(() -> QuestionWriter.check(QuestionType.MULTIPLE_CHOICE, choices(true)))
                .hasMessage("quizzes.question.twoChoices");
        assertThatThrownBy(() -> QuestionWriter.check(QuestionType.TRUE_FALSE, choices(true, false, false)))
                .hasMessage("quizzes.question.trueFalseTwo");
    }

    @Test
    void multipleChoiceWeightsFollowTheStatedRule() {
        assertThat(QuestionWriter.weight(QuestionType.MULTIPLE_CHOICE, true, 3)).isEqualTo(33);
        assertThat(QuestionWriter.weight(QuestionType.MULTIPLE_CHOICE, false, 3))
                .isEqualTo(-33);
        assertThat(QuestionWriter.weight(QuestionType.SINGLE_CHOICE, true, 1)).isEqualTo(100);
        assertThat(QuestionWriter.weight(QuestionType.SINGLE_CHOICE, false, 1)).isZero();
    }

    @Test
    void searchKeyIsTheTextWithoutTagsOrAccents() {
        assertThat(QuestionWriter.searchKey("Mức 2 <p>Tài khoản <b>định danh</b> &amp; VNeID</p>"))
                .isEqualTo("muc 2 tai khoan dinh danh & vneid");
    }

    private static List<QuestionWriter.Choice> choices(boolean... right) {
        List<QuestionWriter.Choice> list = new java.util.ArrayList<>();
        for (int i = 0; i < right.length; i++) {
            list.add(new QuestionWriter.Choice("Phương án " + i, right[i], null, null));
        }
        return list;
    }
}
