package vn.langso.courses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.langso.courses.boundary.CourseAuthoring;
import vn.langso.courses.boundary.CourseDetails;
import vn.langso.courses.boundary.CourseEditorView;
import vn.langso.courses.boundary.CourseFilter;
import vn.langso.courses.boundary.CourseOutlineAuthoring;
import vn.langso.courses.boundary.CourseRow;
import vn.langso.courses.boundary.LessonAuthoring;
import vn.langso.courses.boundary.LessonEdit;
import vn.langso.courses.boundary.LessonRow;
import vn.langso.courses.boundary.LessonView;
import vn.langso.courses.entity.CourseStatus;
import vn.langso.courses.entity.LessonKind;
import vn.langso.it.AccountRows;
import vn.langso.it.Caller;
import vn.langso.it.Deployments;
import vn.langso.kernel.ConflictException;
import vn.langso.kernel.NotFoundException;
import vn.langso.kernel.OutreachService;
import vn.langso.kernel.PageRequest;

/** Runs inside the server: the life of a course through the authoring boundaries, as real trainers. */
@ExtendWith(ArquillianExtension.class)
class CourseRevisionsIT {

    static final Set<String> TRAINER = Set.of("TRAINER");

    @Inject
    CourseAuthoring authoring;

    @Inject
    CourseOutlineAuthoring outline;

    @Inject
    LessonAuthoring lessons;

    @Resource(lookup = "java:jboss/datasources/LangSoDS")
    DataSource dataSource;

    String owner;
    String title;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.langSo(CourseRevisionsIT.class, AccountRows.class);
    }

    @BeforeEach
    void ownTrainer() throws Exception {
        owner = trainer("owner");
        title = "Khóa học VNeID mức 2 " + UUID.randomUUID().toString().substring(0, 6);
    }

    @Test
    void publishedContentDoesNotChangeWhileANewDraftIsEdited() throws Exception {
        CourseEditorView published = publishedCourse();
        long publishedRevision = revisionOf(published.id(), "published_revision_id");
        LessonRow lesson = published.sections().get(0).lessons().get(0);
        List<String> before = lessonRows(publishedRevision);

        LessonView edited = as(
                owner,
                () -> lessons.update(lesson.id(), new LessonEdit("Bài đã sửa", "<p>Nội dung mới</p>", null, true, 5)));
        CourseEditorView draft = as(owner, () -> {
            long section = authoring.editor(published.id()).sections().get(0).id();
            outline.renameSection(section, "Phần đã sửa");
            outline.addLesson(section, LessonKind.TEXT, "Bài thêm");
            return authoring.updateDetails(published.id(), details("Tên mới " + title));
        });

        assertThat(edited.id()).as("the edit went to a copy").isNotEqualTo(lesson.id());
        assertThat(edited.lessonKey()).isEqualTo(lesson.lessonKey());
        assertThat(draft.hasDraft()).isTrue();
        assertThat(draft.revisionNumber()).isEqualTo(2);
        assertThat(draft.title()).isEqualTo("Tên mới " + title);
        assertThat(revisionOf(published.id(), "published_revision_id")).isEqualTo(publishedRevision);
        assertThat(lessonRows(publishedRevision)).isEqualTo(before);
        assertThat(text("select title from course_revision where id = ?", publishedRevision))
                .isEqualTo(title);
        assertThat(text("select title from course_section where revision_id = ?", publishedRevision))
                .isEqualTo("Phần 1");
    }

    @Test
    void publishingTheDraftReplacesWhatLearnersSeeAndLessonsKeepTheirKeys() throws Exception {
        CourseEditorView published = publishedCourse();
        LessonRow lesson = published.sections().get(0).lessons().get(0);
        long firstRevision = revisionOf(published.id(), "published_revision_id");
        as(owner, () -> lessons.update(lesson.id(), new LessonEdit("Bài đã sửa", "<p>Mới</p>", null, true, 5)));
        long draftRevision = revisionOf(published.id(), "draft_revision_id");

        CourseEditorView republished = as(owner, () -> authoring.publish(published.id()));

        assertThat(republished.hasDraft()).isFalse();
        assertThat(republished.status()).isEqualTo(CourseStatus.PUBLISHED);
        assertThat(revisionOf(published.id(), "published_revision_id")).isEqualTo(draftRevision);
        assertThat(revisionOf(published.id(), "draft_revision_id")).isZero();
        LessonRow after = republished.sections().get(0).lessons().get(0);
        assertThat(after.lessonKey()).isEqualTo(lesson.lessonKey());
        assertThat(after.title()).isEqualTo("Bài đã sửa");
        assertThat(lessonRows(firstRevision))
                .as("the old revision stays as it was")
                .hasSize(1);
        assertThat(lessonRows(firstRevision).get(0)).contains("Bài 1");
    }

    @Test
    void discardingTheDraftLeavesThePublishedRevisionAsItWas() throws Exception {
        CourseEditorView published = publishedCourse();
        as(owner, () -> authoring.updateDetails(published.id(), details("Bỏ đi " + title)));
        long draftRevision = revisionOf(published.id(), "draft_revision_id");

        CourseEditorView discarded = as(owner, () -> authoring.discardDraft(published.id()));

        assertThat(discarded.hasDraft()).isFalse();
        assertThat(discarded.title()).isEqualTo(title);
        assertThat(count("select count(*) from course_revision where id = ?", draftRevision))
                .isZero();
        assertThat(count("select count(*) from lesson where revision_id = ?", draftRevision))
                .isZero();
        assertThatThrownBy(() -> as(owner, () -> authoring.discardDraft(published.id())))
                .isInstanceOf(ConflictException.class)
                .hasMessage("authoring.discard.nothing");
    }

    @Test
    void archivedCourseLeavesThePublishedListAndComesBackWhenRestored() throws Exception {
        CourseEditorView course = publishedCourse();
        CourseFilter publishedOnes = new CourseFilter(title, CourseStatus.PUBLISHED);
        CourseFilter archivedOnes = new CourseFilter(title, CourseStatus.ARCHIVED);

        CourseEditorView archived = as(owner, () -> authoring.archive(course.id()));

        assertThat(archived.status()).isEqualTo(CourseStatus.ARCHIVED);
        assertThat(archived.archivedAt()).isNotNull();
        assertThat(ids(publishedOnes)).doesNotContain(course.id());
        assertThat(ids(archivedOnes)).containsExactly(course.id());
        assertThat(revisionOf(course.id(), "published_revision_id"))
                .as("nothing deleted")
                .isNotZero();
        assertThatThrownBy(() -> as(owner, () -> outline.addSection(course.id(), "Phần mới")))
                .isInstanceOf(ConflictException.class);

        as(owner, () -> authoring.restore(course.id()));

        assertThat(ids(publishedOnes)).containsExactly(course.id());
    }

    @Test
    void listSearchIgnoresDiacritics() throws Exception {
        CourseEditorView course = publishedCourse();
        String plain = "khoa hoc vneid muc 2 " + title.substring(title.length() - 6);

        assertThat(ids(new CourseFilter(plain, null))).containsExactly(course.id());
        assertThat(ids(new CourseFilter(plain, CourseStatus.DRAFT))).isEmpty();
    }

    @Test
    void trainerWhoIsNeitherOwnerNorCoTrainerFindsNoSuchCourse() throws Exception {
        CourseEditorView course = publishedCourse();
        String stranger = trainer("stranger");

        assertThatThrownBy(() -> as(stranger, () -> authoring.editor(course.id())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(stranger, () -> outline.addSection(course.id(), "Phần lạ")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(
                        stranger,
                        () -> lessons.lesson(
                                course.sections().get(0).lessons().get(0).id())))
                .isInstanceOf(NotFoundException.class);
        assertThat(ids(stranger, new CourseFilter(title, null))).isEmpty();
    }

    @Test
    void adminEditsEveryCourse() throws Exception {
        CourseEditorView course = publishedCourse();
        String admin;
        try (Connection c = dataSource.getConnection()) {
            admin = AccountRows.insert(c, "admin", AccountRows.PASSWORD, "ADMIN");
        }

        CourseEditorView renamed = Caller.as(
                admin, Set.of("ADMIN"), () -> authoring.updateDetails(course.id(), details("Admin " + title)));
        List<Long> listed = Caller.as(
                        admin,
                        Set.of("ADMIN"),
                        () -> authoring.list(new CourseFilter(title, null), new PageRequest(0, 50, null, true)))
                .items()
                .stream()
                .map(CourseRow::id)
                .toList();

        assertThat(renamed.title()).isEqualTo("Admin " + title);
        assertThat(listed).containsExactly(course.id());
    }

    @Test
    void coTrainerMayEditTheCourse() throws Exception {
        CourseEditorView course = publishedCourse();
        String coTrainer = trainer("co");
        as(owner, () -> authoring.addCoTrainer(course.id(), coTrainer));

        CourseEditorView edited = as(coTrainer, () -> outline.addSection(course.id(), "Phần của đồng giảng viên"));

        assertThat(edited.coTrainers()).extracting(t -> t.username()).containsExactly(coTrainer);
        assertThat(edited.sections()).extracting(s -> s.title()).contains("Phần của đồng giảng viên");
        assertThat(ids(coTrainer, new CourseFilter(title, null))).containsExactly(course.id());
    }

    @Test
    void courseWithoutLessonsOrWithADocumentLessonWithoutItsFileIsNotPublished() throws Exception {
        CourseEditorView course = as(owner, () -> authoring.create(details(title)));

        assertThatThrownBy(() -> as(owner, () -> authoring.publish(course.id())))
                .isInstanceOf(ConflictException.class)
                .hasMessage("authoring.publish.empty");

        as(owner, () -> {
            long section =
                    outline.addSection(course.id(), "Phần 1").sections().get(0).id();
            return outline.addLesson(section, LessonKind.DOCUMENT, "Tài liệu");
        });
        assertThatThrownBy(() -> as(owner, () -> authoring.publish(course.id())))
                .isInstanceOf(ConflictException.class)
                .hasMessage("authoring.publish.lessonWithoutContent");
        assertThat(revisionOf(course.id(), "published_revision_id")).isZero();
    }

    @Test
    void courseWhoseLessonsAreAllOptionalIsNotPublishedAsNoOneCouldCompleteIt() throws Exception {
        CourseEditorView course = as(owner, () -> authoring.create(details(title)));
        LessonView optional = as(owner, () -> {
            long section =
                    outline.addSection(course.id(), "Phần 1").sections().get(0).id();
            LessonView lesson = outline.addLesson(section, LessonKind.TEXT, "Bài tự chọn");
            return lessons.update(lesson.id(), new LessonEdit("Bài tự chọn", "<p>Đọc thêm</p>", null, false, 5));
        });

        assertThatThrownBy(() -> as(owner, () -> authoring.publish(course.id())))
                .isInstanceOf(ConflictException.class)
                .hasMessage("authoring.publish.noRequired");
        assertThat(revisionOf(course.id(), "published_revision_id")).isZero();

        as(owner, () -> lessons.update(optional.id(), new LessonEdit("Bài bắt buộc", "<p>Học</p>", null, true, 5)));
        assertThat(as(owner, () -> authoring.publish(course.id())).status()).isEqualTo(CourseStatus.PUBLISHED);
    }

    @Test
    void lessonsMoveBetweenSectionsOfTheDraftStartedByTheMove() throws Exception {
        CourseEditorView published = publishedCourse();
        long first = published.sections().get(0).id();
        long moved = published.sections().get(0).lessons().get(0).id();
        CourseEditorView withSecond = as(owner, () -> outline.addSection(published.id(), "Phần 2"));
        long second = withSecond.sections().get(1).id();
        LessonView other = as(owner, () -> outline.addLesson(second, LessonKind.TEXT, "Bài 2"));

        CourseEditorView reordered = as(owner, () -> outline.reorderLessons(second, List.of(moved, other.id())));

        assertThat(reordered.sections().get(0).lessons()).isEmpty();
        assertThat(reordered.sections().get(1).lessons())
                .extracting(LessonRow::title)
                .containsExactly("Bài 1", "Bài 2");
        assertThat(lessonRows(revisionOf(published.id(), "published_revision_id")))
                .as("learners still see the lesson in the first section")
                .hasSize(1);

        CourseEditorView sectionsSwapped = as(
                owner,
                () -> outline.reorderSections(
                        published.id(),
                        List.of(second, reordered.sections().get(0).id())));
        assertThat(sectionsSwapped.sections()).extracting(s -> s.title()).containsExactly("Phần 2", "Phần 1");
        assertThat(first).isNotEqualTo(reordered.sections().get(0).id());
    }

    private CourseEditorView publishedCourse() throws Exception {
        return as(owner, () -> {
            CourseEditorView course = authoring.create(details(title));
            long section =
                    outline.addSection(course.id(), "Phần 1").sections().get(0).id();
            LessonView lesson = outline.addLesson(section, LessonKind.TEXT, "Bài 1");
            lessons.update(lesson.id(), new LessonEdit("Bài 1", "<p>Xin chào</p>", null, true, 10));
            return authoring.publish(course.id());
        });
    }

    private static CourseDetails details(String title) {
        return new CourseDetails(title, "Hướng dẫn bà con", Set.of(OutreachService.VNEID), "vi", 30);
    }

    private List<Long> ids(CourseFilter filter) throws Exception {
        return ids(owner, filter);
    }

    private List<Long> ids(String caller, CourseFilter filter) throws Exception {
        return as(caller, () -> authoring.list(filter, new PageRequest(0, 50, "title", true))).items().stream()
                .map(CourseRow::id)
                .toList();
    }

    private String trainer(String prefix) throws Exception {
        try (Connection c = dataSource.getConnection()) {
            return AccountRows.insert(c, prefix, AccountRows.PASSWORD, "TRAINER");
        }
    }

    private static <T> T as(String username, java.util.concurrent.Callable<T> call) throws Exception {
        return Caller.as(username, TRAINER, call);
    }

    private long revisionOf(long courseId, String column) throws Exception {
        return count("select coalesce(" + column + ", 0) from course where id = ?", courseId);
    }

    private long count(String sql, long id) throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement select = c.prepareStatement(sql)) {
            select.setLong(1, id);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private String text(String sql, long id) throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement select = c.prepareStatement(sql)) {
            select.setLong(1, id);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        }
    }

    /** Every column of a revision's lessons that a learner sees, one line per lesson. */
    private List<String> lessonRows(long revisionId) throws Exception {
        List<String> found = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement select = c.prepareStatement(
                        "select id, section_id, lesson_key, position, kind, title, body, link_url, required,"
                                + " estimated_minutes, version from lesson where revision_id = ? order by id")) {
            select.setLong(1, revisionId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    StringBuilder row = new StringBuilder();
                    for (int column = 1; column <= 11; column++) {
                        row.append(rows.getString(column)).append('|');
                    }
                    found.add(row.toString());
                }
            }
        }
        return found;
    }
}
