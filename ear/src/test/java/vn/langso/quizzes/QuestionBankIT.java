package vn.langso.quizzes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.langso.courses.boundary.CourseAuthoring;
import vn.langso.courses.boundary.CourseDetails;
import vn.langso.courses.boundary.CourseFiles;
import vn.langso.courses.boundary.StoredFileView;
import vn.langso.courses.entity.FileKind;
import vn.langso.it.AccountRows;
import vn.langso.it.Caller;
import vn.langso.it.Deployments;
import vn.langso.kernel.InvalidInputException;
import vn.langso.kernel.NotFoundException;
import vn.langso.kernel.OutreachService;
import vn.langso.kernel.PageRequest;
import vn.langso.quizzes.boundary.CategoryCount;
import vn.langso.quizzes.boundary.GiftRejectedException;
import vn.langso.quizzes.boundary.QuestionBank;
import vn.langso.quizzes.boundary.QuestionEdit;
import vn.langso.quizzes.boundary.QuestionEdit.ChoiceEdit;
import vn.langso.quizzes.boundary.QuestionFilter;
import vn.langso.quizzes.boundary.QuestionRow;
import vn.langso.quizzes.boundary.QuestionView;
import vn.langso.quizzes.control.GiftError;
import vn.langso.quizzes.entity.QuestionType;

/** Runs inside the server: a course's question bank through its boundary, with GIFT files in and out. */
@ExtendWith(ArquillianExtension.class)
class QuestionBankIT {

    static final Set<String> TRAINER = Set.of("TRAINER");

    static final String GOOD = """
            // Ngân hàng VNeID
            $CATEGORY: VNeID/Kích hoạt

            ::Mức 2::Tài khoản định danh mức 2 cần gì? {
            \t=Căn cước gắn chip #Đúng, cần thẻ căn cước.
            \t~Sổ hộ khẩu #Sổ hộ khẩu không còn dùng.
            \t####Mức 2 cần căn cước gắn chip và gặp công an.
            }

            [html]<p>Ứng dụng VNeID <script>alert('x')</script>miễn phí.</p> {T}

            $CATEGORY: Dịch vụ công

            Những giấy tờ nào tích hợp được vào VNeID? {
            \t~%50%Giấy phép lái xe
            \t~%50%Thẻ bảo hiểm y tế
            \t~%-100%Sổ đỏ
            }
            """;

    @Inject
    QuestionBank bank;

    @Inject
    CourseAuthoring authoring;

    @Inject
    CourseFiles files;

    @Resource(lookup = "java:jboss/datasources/LangSoDS")
    DataSource dataSource;

    String owner;
    long course;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.langSo(QuestionBankIT.class, AccountRows.class);
    }

    @BeforeEach
    void ownCourse() throws Exception {
        owner = trainer("owner");
        course = newCourse(owner);
    }

    @Test
    void fileWithOneBrokenLineImportsNothingAndNamesTheLine() throws Exception {
        String broken = GOOD + "\nCâu hỏi trả lời ngắn {=Hà Nội}\n";
        int line = (int) broken.lines()
                        .takeWhile(l -> !l.startsWith("Câu hỏi trả lời"))
                        .count()
                + 1;

        GiftRejectedException rejected =
                (GiftRejectedException) catchThrowable(() -> as(owner, () -> bank.importGift(course, broken)));

        assertThat(rejected.errors())
                .extracting(GiftError::line, GiftError::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(line, "quizzes.gift.unsupportedShortAnswer"));
        assertThat(rejected.errors().get(0).excerpt()).contains("Câu hỏi trả lời ngắn");
        assertThat(count("select count(*) from question where course_id = ?")).isZero();
        assertThat(count("select count(*) from question_category where course_id = ?"))
                .isZero();
    }

    @Test
    void goodFileStoresCategoriesQuestionsChoicesAndFeedbackWithHtmlSanitized() throws Exception {
        var report = as(owner, () -> bank.importGift(course, GOOD));

        assertThat(report.questions()).isEqualTo(3);
        assertThat(report.newCategories()).isEqualTo(2);
        List<CategoryCount> categories = as(owner, () -> bank.categories(course));
        assertThat(categories)
                .extracting(CategoryCount::name, CategoryCount::questions)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("VNeID/Kích hoạt", 2L),
                        org.assertj.core.groups.Tuple.tuple("Dịch vụ công", 1L));
        List<QuestionRow> rows = rows(owner, new QuestionFilter(null, null));
        QuestionRow trueFalse = rows.stream()
                .filter(r -> r.type() == QuestionType.TRUE_FALSE)
                .findFirst()
                .orElseThrow();
        assertThat(trueFalse.textHtml()).contains("VNeID").contains("miễn phí").doesNotContain("script", "alert");
        QuestionRow single =
                rows.stream().filter(r -> r.title().equals("Mức 2")).findFirst().orElseThrow();
        QuestionView view = as(owner, () -> bank.question(course, single.id()));
        assertThat(view.type()).isEqualTo(QuestionType.SINGLE_CHOICE);
        assertThat(view.explanationHtml()).contains("gặp công an");
        assertThat(view.choices())
                .extracting(ChoiceEdit::text, ChoiceEdit::correct)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Căn cước gắn chip", true),
                        org.assertj.core.groups.Tuple.tuple("Sổ hộ khẩu", false));
        assertThat(view.choices().get(1).feedbackHtml()).contains("không còn dùng");
        assertThat(count("select count(*) from question_choice c join question q on q.id = c.question_id"
                        + " where q.course_id = ?"))
                .isEqualTo(7);
        assertThat(rows(owner, new QuestionFilter(null, "giay to nao tich hop")))
                .extracting(QuestionRow::type)
                .containsExactly(QuestionType.MULTIPLE_CHOICE);
        long activation = categories.stream()
                .filter(c -> c.name().equals("VNeID/Kích hoạt"))
                .findFirst()
                .orElseThrow()
                .id();
        assertThat(rows(owner, new QuestionFilter(activation, null))).hasSize(2);
    }

    @Test
    void exportedBankImportedIntoAnotherCourseGivesTheSameQuestions() throws Exception {
        as(owner, () -> bank.importGift(course, GOOD));
        String exported = as(owner, () -> bank.exportGift(course));
        long other = newCourse(owner);

        as(owner, () -> bank.importGift(other, exported));

        assertThat(questions(other)).isEqualTo(questions(course)).hasSize(3);
        assertThat(as(owner, () -> bank.exportGift(other))).isEqualTo(exported);
    }

    @Test
    void trainerWhoDoesNotEditTheCourseFindsNoBank() throws Exception {
        as(owner, () -> bank.importGift(course, GOOD));
        String stranger = trainer("stranger");

        assertThatThrownBy(() -> as(stranger, () -> bank.categories(course))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(stranger, () -> bank.importGift(course, GOOD)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(stranger, () -> bank.exportGift(course))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(stranger, () -> bank.create(course, singleChoice(true, false))))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void singleChoiceWithTwoRightAnswersIsRefused() throws Exception {
        assertThatThrownBy(() -> as(owner, () -> bank.create(course, singleChoice(true, true))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("quizzes.question.exactlyOneRight");
        assertThat(count("select count(*) from question where course_id = ?")).isZero();
    }

    @Test
    void questionIsCreatedEditedAndDeactivated() throws Exception {
        QuestionView created = as(owner, () -> bank.create(course, singleChoice(true, false)));
        QuestionEdit edit = new QuestionEdit(
                QuestionType.MULTIPLE_CHOICE,
                "Mới",
                "",
                "<p>Chọn các ý đúng</p>",
                null,
                List.of(
                        new ChoiceEdit("A", true, null),
                        new ChoiceEdit("B", true, null),
                        new ChoiceEdit("C", false, "<p>Sai</p>")));

        QuestionView updated = as(owner, () -> bank.update(course, created.id(), edit));
        as(owner, () -> {
            bank.deactivate(course, created.id());
            return null;
        });

        assertThat(updated.category()).isEqualTo("Mới");
        assertThat(updated.choices()).hasSize(3);
        assertThat(rows(owner, new QuestionFilter(null, null))).isEmpty();
        assertThat(count("select count(*) from question where course_id = ? and active = false"))
                .isEqualTo(1);
    }

    @Test
    void aQuestionShowsAnImageOfItsOwnCourseOnly() throws Exception {
        QuestionView question = as(owner, () -> bank.create(course, singleChoice(true, false)));
        long otherCourse = newCourse(owner);
        StoredFileView image = as(owner, () -> files.store(course, FileKind.IMAGE, "anh.png", png()));
        StoredFileView foreign = as(owner, () -> files.store(otherCourse, FileKind.IMAGE, "khac.png", png()));

        QuestionView withImage = as(owner, () -> bank.setImage(course, question.id(), image.id()));

        assertThat(withImage.imageKey()).isEqualTo(image.fileKey());
        assertThat(as(owner, () -> bank.question(course, question.id())).imageKey())
                .isEqualTo(image.fileKey());
        assertThatThrownBy(() -> as(owner, () -> bank.setImage(course, question.id(), foreign.id())))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("quizzes.question.imageNotFound");
        assertThat(as(owner, () -> bank.setImage(course, question.id(), null)).imageKey())
                .isNull();
    }

    private static InputStream png() {
        byte[] content = new byte[2_000];
        byte[] signature = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
        System.arraycopy(signature, 0, content, 0, signature.length);
        return new ByteArrayInputStream(content);
    }

    private static QuestionEdit singleChoice(boolean first, boolean second) {
        return new QuestionEdit(
                QuestionType.SINGLE_CHOICE,
                "VNeID",
                "Thủ đô",
                "<p>Ứng dụng nào dùng để định danh điện tử?</p>",
                "<p>VNeID của Bộ Công an.</p>",
                List.of(new ChoiceEdit("VNeID", first, null), new ChoiceEdit("Zalo", second, null)));
    }

    private List<QuestionRow> rows(String caller, QuestionFilter filter) throws Exception {
        return as(caller, () -> bank.list(course, filter, new PageRequest(0, 50, null, true)))
                .items();
    }

    /** Each question of a course as one comparable line: category, type, title, text, explanation, its choices. */
    private List<String> questions(long courseId) throws Exception {
        List<String> lines = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("select q.id, k.name, q.type, q.title, q.text_html,"
                        + " q.explanation_html from question q join question_category k on k.id = q.category_id"
                        + " where q.course_id = ? order by k.name, q.id")) {
            s.setLong(1, courseId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    lines.add(String.join(
                                    "|",
                                    r.getString(2),
                                    r.getString(3),
                                    r.getString(4),
                                    r.getString(5),
                                    String.valueOf(r.getString(6)))
                            + choices(c, r.getLong(1)));
                }
            }
        }
        return lines;
    }

    private static String choices(Connection c, long questionId) throws Exception {
        StringBuilder out = new StringBuilder();
        try (PreparedStatement s = c.prepareStatement("select text, correct, weight_percent, feedback_html"
                + " from question_choice where question_id = ? order by position")) {
            s.setLong(1, questionId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.append(" / ")
                            .append(r.getString(1))
                            .append(r.getBoolean(2))
                            .append(r.getInt(3))
                            .append(r.getString(4));
                }
            }
        }
        return out.toString();
    }

    private long count(String sql) throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, course);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private long newCourse(String trainer) throws Exception {
        String title = "Ngân hàng câu hỏi " + UUID.randomUUID().toString().substring(0, 6);
        return as(
                        trainer,
                        () -> authoring.create(
                                new CourseDetails(title, "Câu hỏi VNeID", Set.of(OutreachService.VNEID), "vi", 30)))
                .id();
    }

    private String trainer(String prefix) throws Exception {
        try (Connection c = dataSource.getConnection()) {
            return AccountRows.insert(c, prefix, AccountRows.PASSWORD, "TRAINER");
        }
    }

    private static Throwable catchThrowable(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        return org.assertj.core.api.Assertions.catchThrowable(call);
    }

    private static <T> T as(String username, Callable<T> call) throws Exception {
        return Caller.as(username, TRAINER, call);
    }
}
