package vn.langso.quizzes.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.langso.quizzes.control.QuizGrader.AskedQuestion;
import vn.langso.quizzes.entity.QuestionType;

class QuizGraderTest {

    static final AskedQuestion SINGLE = new AskedQuestion(1, QuestionType.SINGLE_CHOICE, Set.of(11L));
    static final AskedQuestion TRUE_FALSE = new AskedQuestion(2, QuestionType.TRUE_FALSE, Set.of(21L));
    /** Right: 31, 32; wrong: 33, 34. */
    static final AskedQuestion MULTIPLE = new AskedQuestion(3, QuestionType.MULTIPLE_CHOICE, Set.of(31L, 32L));

    @Test
    void singleChoiceAndTrueFalseScoreOnlyTheRightAnswerAlone() {
        assertThat(QuizGrader.points(SINGLE, Set.of(11L))).isEqualByComparingTo("1");
        assertThat(QuizGrader.points(SINGLE, Set.of(12L))).isEqualByComparingTo("0");
        assertThat(QuizGrader.points(SINGLE, Set.of(11L, 12L))).isEqualByComparingTo("0");
        assertThat(QuizGrader.points(TRUE_FALSE, Set.of(21L))).isEqualByComparingTo("1");
        assertThat(QuizGrader.points(TRUE_FALSE, Set.of(22L))).isEqualByComparingTo("0");
        assertThat(QuizGrader.points(SINGLE, Set.of())).isEqualByComparingTo("0");
    }

    @Test
    void multipleChoiceAddsAShareForEachRightAnswerAndTakesOneForEachWrongOne() {
        assertThat(QuizGrader.points(MULTIPLE, Set.of(31L, 32L))).isEqualByComparingTo("1");
        assertThat(QuizGrader.points(MULTIPLE, Set.of(31L))).isEqualByComparingTo("0.5");
        assertThat(QuizGrader.points(MULTIPLE, Set.of(31L, 32L, 33L))).isEqualByComparingTo("0.5");
        assertThat(QuizGrader.points(MULTIPLE, Set.of(31L, 33L))).isEqualByComparingTo("0");
        assertThat(QuizGrader.points(MULTIPLE, Set.of(33L))).isEqualByComparingTo("0");
    }

    @Test
    void choosingEveryAnswerOfAMultipleChoiceQuestionEarnsNothing() {
        assertThat(QuizGrader.points(MULTIPLE, Set.of(31L, 32L, 33L, 34L))).isEqualByComparingTo("0");
    }

    @Test
    void anAttemptPassesAtThePassMarkAndNotBelow() {
        List<AskedQuestion> questions = List.of(SINGLE, TRUE_FALSE, MULTIPLE, SINGLE);

        QuizGrader.Grade atMark =
                QuizGrader.grade(questions, List.of(Set.of(11L), Set.of(21L), Set.of(31L), Set.of(12L)), 62);
        QuizGrader.Grade below =
                QuizGrader.grade(questions, List.of(Set.of(11L), Set.of(21L), Set.of(31L), Set.of(12L)), 63);

        assertThat(atMark.points()).isEqualByComparingTo("2.5");
        assertThat(atMark.percent()).isEqualByComparingTo(new BigDecimal("62.50"));
        assertThat(atMark.passed()).isTrue();
        assertThat(below.passed()).isFalse();
    }

    @Test
    void unansweredQuestionsScoreZero() {
        QuizGrader.Grade grade = QuizGrader.grade(List.of(SINGLE, MULTIPLE), List.of(Set.of(), Set.of()), 50);

        assertThat(grade.percent()).isEqualByComparingTo("0");
        assertThat(grade.passed()).isFalse();
    }
}
