package vn.langso.quizzes.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.langso.quizzes.entity.QuestionType;

class GiftParserTest {

    static final String BANK = """
            // Ngân hàng câu hỏi VNeID
            $CATEGORY: VNeID/Kích hoạt

            ::Mức 2::Tài khoản VNeID mức 2 đăng ký ở đâu? {
                =Công an xã #Đúng: cần thu ảnh và vân tay.
                ~Bưu điện #Không phải.
                ~Ngân hàng
                ####Mức 2 chỉ đăng ký trực tiếp tại công an.
            }

            // several right answers need weights
            Những giấy tờ nào cần mang theo? {
                ~%50%Căn cước gắn chip
                ~%50%Điện thoại chính chủ
                ~%-100%Sổ hộ khẩu giấy
            }

            $CATEGORY: An toàn
            Công an có thể yêu cầu chuyển tiền qua điện thoại.{FALSE#Sai rồi: đây là lừa đảo.#Đúng.}

            Mã OTP \\{6 số\\} gửi về máy là để\\: {=chỉ mình dùng ~đọc cho nhân viên ngân hàng}
            """;

    @Test
    void readsSingleMultipleAndTrueFalseQuestionsWithCategoriesAndFeedback() {
        GiftParser.Result result = GiftParser.parse(BANK);

        assertThat(result.errors()).isEmpty();
        List<GiftQuestion> questions = result.questions();
        assertThat(questions).hasSize(4);

        GiftQuestion single = questions.get(0);
        assertThat(single.line()).isEqualTo(4);
        assertThat(single.category()).isEqualTo("VNeID/Kích hoạt");
        assertThat(single.title()).isEqualTo("Mức 2");
        assertThat(single.type()).isEqualTo(QuestionType.SINGLE_CHOICE);
        assertThat(single.textHtml()).isEqualTo("Tài khoản VNeID mức 2 đăng ký ở đâu?");
        assertThat(single.choices())
                .extracting(GiftQuestion.Choice::text, GiftQuestion.Choice::correct, GiftQuestion.Choice::feedback)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Công an xã", true, "Đúng: cần thu ảnh và vân tay."),
                        org.assertj.core.groups.Tuple.tuple("Bưu điện", false, "Không phải."),
                        org.assertj.core.groups.Tuple.tuple("Ngân hàng", false, ""));
        assertThat(single.explanation()).isEqualTo("Mức 2 chỉ đăng ký trực tiếp tại công an.");

        GiftQuestion multiple = questions.get(1);
        assertThat(multiple.type()).isEqualTo(QuestionType.MULTIPLE_CHOICE);
        assertThat(multiple.choices())
                .extracting(GiftQuestion.Choice::weightPercent)
                .containsExactly(50, 50, -100);
        assertThat(multiple.choices()).filteredOn(GiftQuestion.Choice::correct).hasSize(2);

        GiftQuestion trueFalse = questions.get(2);
        assertThat(trueFalse.category()).isEqualTo("An toàn");
        assertThat(trueFalse.type()).isEqualTo(QuestionType.TRUE_FALSE);
        assertThat(trueFalse.choices()).extracting(GiftQuestion.Choice::text).containsExactly("Đúng", "Sai");
        assertThat(trueFalse.choices().get(1).correct()).isTrue();
        assertThat(trueFalse.choices().get(0).feedback()).isEqualTo("Sai rồi: đây là lừa đảo.");
        assertThat(trueFalse.choices().get(1).feedback()).isEqualTo("Đúng.");

        assertThat(questions.get(3).textHtml()).isEqualTo("Mã OTP {6 số} gửi về máy là để:");
    }

    @Test
    void reportsEveryUnreadableQuestionByLineAndImportsNothing() {
        String file = """
                Câu đúng {=A ~B}

                Câu không có đáp án

                Ghép cặp {=VNeID -> định danh ~x -> y}

                Câu trả lời ngắn {=Hà Nội =Ha Noi}

                Tự luận {}

                Câu đúng nữa {T}
                """;

        GiftParser.Result result = GiftParser.parse(file);

        assertThat(result.readable()).isFalse();
        assertThat(result.questions()).isEmpty();
        assertThat(result.errors())
                .extracting(GiftError::line, GiftError::messageKey)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(3, "quizzes.gift.noAnswers"),
                        org.assertj.core.groups.Tuple.tuple(5, "quizzes.gift.unsupportedMatching"),
                        org.assertj.core.groups.Tuple.tuple(7, "quizzes.gift.unsupportedShortAnswer"),
                        org.assertj.core.groups.Tuple.tuple(9, "quizzes.gift.unsupportedEssay"));
    }

    @Test
    void anUnclosedBraceIsReportedAtTheQuestionThatOpensIt() {
        GiftParser.Result result = GiftParser.parse("Câu một {=A ~B}\n\nCâu hai {=A ~B\n\n");

        assertThat(result.errors())
                .extracting(GiftError::line, GiftError::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, "quizzes.gift.unbalancedBraces"));
    }

    @Test
    void plainTextIsEscapedAndHtmlTextIsKept() {
        GiftParser.Result result = GiftParser.parse("[html]<p>Chọn <b>một</b></p> {=a ~b}\n\n2 < 3 & 4 > 1? {T}");

        assertThat(result.questions().get(0).textHtml()).isEqualTo("<p>Chọn <b>một</b></p>");
        assertThat(result.questions().get(1).textHtml()).isEqualTo("2 &lt; 3 &amp; 4 &gt; 1?");
    }

    @Test
    void whatIsWrittenReadsBackTheSame() {
        List<GiftQuestion> questions = GiftParser.parse(BANK).questions();

        GiftParser.Result again = GiftParser.parse(GiftWriter.write(questions));

        assertThat(again.errors()).isEmpty();
        assertThat(again.questions())
                .usingRecursiveFieldByFieldElementComparatorIgnoringFields("line")
                .containsExactlyElementsOf(questions);
    }
}
