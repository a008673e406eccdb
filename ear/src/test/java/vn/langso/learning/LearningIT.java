package vn.langso.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.langso.courses.boundary.CoursePublished;
import vn.langso.it.AccountRows;
import vn.langso.it.Caller;
import vn.langso.it.Deployments;
import vn.langso.it.OrgFixture;
import vn.langso.kernel.ConflictException;
import vn.langso.kernel.NotFoundException;
import vn.langso.kernel.OutreachService;
import vn.langso.kernel.PageRequest;
import vn.langso.learning.boundary.CatalogFilter;
import vn.langso.learning.boundary.CourseCard;
import vn.langso.learning.boundary.CourseCatalog;
import vn.langso.learning.boundary.CourseOutline;
import vn.langso.learning.boundary.EnrolmentView;
import vn.langso.learning.boundary.Learning;
import vn.langso.learning.boundary.LessonContent;

/** Runs inside the server: the catalogue, enrolment and progress through the boundaries, as real callers. */
@ExtendWith(ArquillianExtension.class)
class LearningIT {

    static final Set<String> MEMBER = Set.of("MEMBER");
    static final Set<String> TRAINER = Set.of("TRAINER");

    @Inject
    CourseCatalog catalog;

    @Inject
    Learning learning;

    @Inject
    Event<CoursePublished> published;

    @Resource
    UserTransaction transaction;

    @Resource(lookup = "java:jboss/datasources/LangSoDS")
    DataSource dataSource;

    OrgFixture org;
    LearningCourses courses;
    String trainer;
    String learner;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.langSo(
                LearningIT.class,
                LearningCourses.class,
                LearningCourses.Built.class,
                OrgFixture.class,
                OrgFixture.Connections.class,
                AccountRows.class);
    }

    @BeforeEach
    void ownCourses() throws Exception {
        org = OrgFixture.create(dataSource::getConnection);
        courses = new LearningCourses(dataSource::getConnection);
        trainer = org.account("trainer", null, null, "TRAINER");
        learner = org.account("learner", null, org.memberA, "MEMBER");
    }

    @Test
    void aCourseNeverPublishedIsNotFoundByLearners() throws Exception {
        LearningCourses.Built draft = courses.draftOnly(trainer, courses.title("Nháp"), 2);

        assertThat(asLearner(() -> catalog.list(search(courses.suffix), PageRequest.first(20)))
                        .items())
                .isEmpty();
        assertThatThrownBy(() -> asLearner(() -> catalog.outline(draft.course(), false)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> asLearner(
                        () -> catalog.lesson(draft.course(), draft.keys().get(0), false)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> asLearner(() -> learning.enrol(draft.course())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> asLearner(() -> catalog.outline(draft.course(), true)))
                .as("a learner cannot ask for a preview")
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void learnersKeepSeeingThePublishedRevisionWhileANewDraftIsEdited() throws Exception {
        LearningCourses.Built v1 = courses.published(trainer, courses.title("Kích hoạt VNeID"), 2, 0, "VNEID");
        LearningCourses.Built draft = courses.draft(v1, courses.title("Bản nháp mới"), v1.keys(), 3);

        CourseOutline seen = asLearner(() -> catalog.outline(v1.course(), false));
        List<CourseCard> cards = asLearner(() -> catalog.list(search(courses.suffix), PageRequest.first(20)))
                .items();

        assertThat(seen.title()).isEqualTo(courses.title("Kích hoạt VNeID"));
        assertThat(seen.revisionNumber()).isEqualTo(1);
        assertThat(seen.lessons())
                .extracting(CourseOutline.LessonOutline::lessonKey)
                .isEqualTo(v1.keys());
        assertThat(cards).singleElement().satisfies(card -> {
            assertThat(card.title()).isEqualTo(courses.title("Kích hoạt VNeID"));
            assertThat(card.lessonCount()).isEqualTo(2);
        });
        assertThatThrownBy(() ->
                        asLearner(() -> catalog.lesson(v1.course(), draft.keys().get(4), false)))
                .as("a lesson only the draft has")
                .isInstanceOf(NotFoundException.class);
        CourseOutline preview = Caller.as(trainer, TRAINER, () -> catalog.outline(v1.course(), true));
        assertThat(preview.title()).isEqualTo(courses.title("Bản nháp mới"));
        assertThat(preview.lessonCount()).isEqualTo(5);
        assertThat(preview.enrolment()).isNull();
    }

    @Test
    void catalogueFindsTitlesWithoutDiacriticsAndFiltersByService() throws Exception {
        courses.published(trainer, courses.title("Thanh toán không dùng tiền mặt"), 1, 0, "CASHLESS");
        courses.published(trainer, courses.title("Dịch vụ công trực tuyến"), 1, 0, "PUBLIC_SERVICE");

        List<CourseCard> found = asLearner(() ->
                        catalog.list(search("THANH TOAN KHONG DUNG TIEN MAT " + courses.suffix), PageRequest.first(20)))
                .items();
        List<CourseCard> byService = asLearner(() -> catalog.list(
                        new CatalogFilter(courses.suffix, OutreachService.PUBLIC_SERVICE), PageRequest.first(20)))
                .items();

        assertThat(found)
                .extracting(CourseCard::title)
                .containsExactly(courses.title("Thanh toán không dùng tiền mặt"));
        assertThat(byService).extracting(CourseCard::title).containsExactly(courses.title("Dịch vụ công trực tuyến"));
        assertThat(byService.get(0).services()).containsExactly(OutreachService.PUBLIC_SERVICE);
    }

    @Test
    void aCourseIsCompleteWhenEveryRequiredLessonIsDoneAndNotBefore() throws Exception {
        LearningCourses.Built course = courses.published(trainer, courses.title("An toàn trên mạng"), 2, 1);
        asLearner(() -> learning.enrol(course.course()));

        EnrolmentView optionalDone = asLearner(
                () -> learning.markDone(course.course(), course.optionalKeys().get(0)));
        EnrolmentView oneDone =
                asLearner(() -> learning.markDone(course.course(), course.keys().get(0)));
        EnrolmentView bothDone =
                asLearner(() -> learning.markDone(course.course(), course.keys().get(1)));

        assertThat(optionalDone.lessonsDone()).isZero();
        assertThat(optionalDone.completed()).isFalse();
        assertThat(oneDone.lessonsDone()).isEqualTo(1);
        assertThat(oneDone.percent()).isEqualTo(50);
        assertThat(oneDone.completed()).isFalse();
        assertThat(bothDone.completed()).isTrue();
        assertThat(bothDone.percent()).isEqualTo(100);
        assertThat(bothDone.completedAt()).isNotNull();
        assertThat(asLearner(() -> learning.myEnrolments(PageRequest.first(10))).items())
                .singleElement()
                .satisfies(e -> assertThat(e.completed()).isTrue());
    }

    @Test
    void progressSurvivesANewRevisionThatKeepsTheLesson() throws Exception {
        LearningCourses.Built v1 = courses.published(trainer, courses.title("Chữ ký số"), 2, 0);
        asLearner(() -> learning.enrol(v1.course()));
        asLearner(() -> learning.markDone(v1.course(), v1.keys().get(0)));

        LearningCourses.Built v2 = courses.publish(v1, courses.title("Chữ ký số"), v1.keys(), 1);
        firePublished(v1.course());

        EnrolmentView afterRevision = asLearner(() -> learning.enrolment(v1.course()));
        assertThat(afterRevision.lessonsDone()).isEqualTo(1);
        assertThat(afterRevision.lessonsRequired()).isEqualTo(3);
        assertThat(afterRevision.completed()).isFalse();
        CourseOutline outline = asLearner(() -> catalog.outline(v1.course(), false));
        assertThat(outline.revisionNumber()).isEqualTo(2);
        assertThat(outline.lessons())
                .filteredOn(CourseOutline.LessonOutline::done)
                .extracting(CourseOutline.LessonOutline::lessonKey)
                .containsExactly(v1.keys().get(0));

        asLearner(() -> learning.markDone(v1.course(), v2.keys().get(1)));
        EnrolmentView complete =
                asLearner(() -> learning.markDone(v1.course(), v2.keys().get(2)));
        assertThat(complete.completed()).isTrue();
        assertThat(complete.lessonsDone()).isEqualTo(3);
    }

    @Test
    void aNewRevisionNeverTakesACompletionAway() throws Exception {
        LearningCourses.Built v1 = courses.published(trainer, courses.title("Thương mại điện tử"), 1, 0);
        asLearner(() -> learning.enrol(v1.course()));
        EnrolmentView done =
                asLearner(() -> learning.markDone(v1.course(), v1.keys().get(0)));

        courses.publish(v1, courses.title("Thương mại điện tử"), v1.keys(), 2);
        firePublished(v1.course());

        EnrolmentView after = asLearner(() -> learning.enrolment(v1.course()));
        assertThat(after.lessonsRequired()).isEqualTo(3);
        assertThat(after.lessonsDone()).isEqualTo(1);
        assertThat(after.completed()).isTrue();
        assertThat(after.completedAt()).isEqualTo(done.completedAt());
    }

    @Test
    void removingTheLastLessonNotDoneCompletesTheCourse() throws Exception {
        LearningCourses.Built v1 = courses.published(trainer, courses.title("Ứng dụng công dân"), 2, 0);
        asLearner(() -> learning.enrol(v1.course()));
        asLearner(() -> learning.markDone(v1.course(), v1.keys().get(0)));

        courses.publish(
                v1, courses.title("Ứng dụng công dân"), List.of(v1.keys().get(0)), 0);
        firePublished(v1.course());

        EnrolmentView after = asLearner(() -> learning.enrolment(v1.course()));
        assertThat(after.lessonsRequired()).isEqualTo(1);
        assertThat(after.completed()).isTrue();
    }

    @Test
    void enrollingTwiceAnswersTheSameEnrolment() throws Exception {
        LearningCourses.Built course = courses.published(trainer, courses.title("Ghi danh"), 2, 0);

        EnrolmentView first = asLearner(() -> learning.enrol(course.course()));
        EnrolmentView second = asLearner(() -> learning.enrol(course.course()));

        assertThat(second).isEqualTo(first);
        assertThat(first.lessonsRequired()).isEqualTo(2);
        assertThat(asLearner(() -> learning.myEnrolments(PageRequest.first(10))).total())
                .isEqualTo(1);
    }

    @Test
    void markingDoneNeedsAnEnrolmentAndALessonOfThePublishedRevision() throws Exception {
        LearningCourses.Built course = courses.published(trainer, courses.title("Điều kiện"), 1, 0);

        assertThatThrownBy(() -> asLearner(
                        () -> learning.markDone(course.course(), course.keys().get(0))))
                .isInstanceOf(ConflictException.class)
                .hasMessage("learning.notEnrolled");
        asLearner(() -> learning.enrol(course.course()));
        assertThatThrownBy(() -> asLearner(() -> learning.markDone(course.course(), "no-such-lesson")))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void anAccountWithoutAMemberCannotEnrol() throws Exception {
        LearningCourses.Built course = courses.published(trainer, courses.title("Không tổ viên"), 1, 0);
        String loner = org.account("loner", null, null, "MEMBER");

        assertThatThrownBy(() -> Caller.as(loner, MEMBER, () -> learning.enrol(course.course())))
                .isInstanceOf(ConflictException.class)
                .hasMessage("learning.noMember");
    }

    @Test
    void openingALessonIsWhereTheLearnerResumes() throws Exception {
        LearningCourses.Built course = courses.published(trainer, courses.title("Học tiếp"), 3, 0);
        asLearner(() -> learning.enrol(course.course()));

        Caller.as(
                learner,
                MEMBER,
                () -> learning.open(course.course(), course.keys().get(1)));

        CourseOutline outline = asLearner(() -> catalog.outline(course.course(), false));
        assertThat(outline.enrolment().lastLessonKey()).isEqualTo(course.keys().get(1));
        assertThat(outline.resumeLessonKey()).isEqualTo(course.keys().get(1));
        LessonContent lesson =
                asLearner(() -> catalog.lesson(course.course(), course.keys().get(1), false));
        assertThat(lesson.previousKey()).isEqualTo(course.keys().get(0));
        assertThat(lesson.nextKey()).isEqualTo(course.keys().get(2));
        assertThat(lesson.body()).contains("Nội dung bài 2");
    }

    @Test
    void myLearningDoesNotContinueToALessonANewRevisionRemoved() throws Exception {
        LearningCourses.Built v1 = courses.published(trainer, courses.title("Bài bị bỏ"), 2, 0);
        asLearner(() -> learning.enrol(v1.course()));
        Caller.as(learner, MEMBER, () -> learning.open(v1.course(), v1.keys().get(1)));

        LearningCourses.Built v2 = courses.publish(
                v1, courses.title("Bài bị bỏ"), List.of(v1.keys().get(0)), 1);
        firePublished(v1.course());

        assertThat(asLearner(() -> learning.myEnrolments(PageRequest.first(10))).items())
                .singleElement()
                .satisfies(e -> assertThat(e.lastLessonKey()).isNull());
        assertThat(asLearner(() -> learning.enrolment(v1.course())).lastLessonKey())
                .isNull();
        CourseOutline outline = asLearner(() -> catalog.outline(v1.course(), false));
        assertThat(outline.resumeLessonKey()).isEqualTo(v2.keys().get(0));
    }

    @Test
    void anArchivedCourseLeavesTheCatalogueButNotItsLearners() throws Exception {
        LearningCourses.Built course = courses.published(trainer, courses.title("Lưu trữ"), 1, 0);
        asLearner(() -> learning.enrol(course.course()));
        courses.archive(course.course());
        String other = org.account("other", null, org.memberB, "MEMBER");

        assertThat(asLearner(() -> catalog.list(search(courses.suffix), PageRequest.first(20)))
                        .items())
                .isEmpty();
        assertThat(asLearner(() -> catalog.outline(course.course(), false)).title())
                .isEqualTo(courses.title("Lưu trữ"));
        assertThatThrownBy(() -> Caller.as(other, MEMBER, () -> catalog.outline(course.course(), false)))
                .isInstanceOf(NotFoundException.class);
    }

    private void firePublished(long course) throws Exception {
        transaction.begin();
        try {
            published.fire(new CoursePublished(course));
            transaction.commit();
        } catch (Exception e) {
            transaction.rollback();
            throw e;
        }
    }

    private static CatalogFilter search(String text) {
        return new CatalogFilter(text, null);
    }

    private <T> T asLearner(Callable<T> call) throws Exception {
        return Caller.as(learner, MEMBER, call);
    }
}
