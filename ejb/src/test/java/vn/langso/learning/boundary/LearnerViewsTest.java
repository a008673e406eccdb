package vn.langso.learning.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.langso.courses.entity.CourseStatus;
import vn.langso.courses.entity.LessonKind;
import vn.langso.learning.boundary.CourseOutline.LessonOutline;
import vn.langso.learning.boundary.CourseOutline.SectionOutline;
import vn.langso.learning.control.LearnerViews;

class LearnerViewsTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @Test
    void progressIsTheShareOfRequiredLessonsDoneAndFullOnceCompleted() {
        assertThat(enrolment(1, 3, null, null).percent()).isEqualTo(33);
        assertThat(enrolment(0, 0, null, null).percent()).isZero();
        assertThat(enrolment(2, 3, LocalDateTime.of(2026, 1, 1, 8, 0), null).percent())
                .as("completed before a revision added a lesson")
                .isEqualTo(100);
    }

    @Test
    void overdueWhenThePastDueDateFindsTheCourseIncomplete() {
        assertThat(enrolment(0, 2, null, TODAY.minusDays(1)).asOf(TODAY).overdue())
                .isTrue();
        assertThat(enrolment(0, 2, null, TODAY).asOf(TODAY).overdue()).isFalse();
        assertThat(enrolment(2, 2, LocalDateTime.of(2026, 1, 1, 8, 0), TODAY.minusDays(1))
                        .asOf(TODAY)
                        .overdue())
                .isFalse();
    }

    @Test
    void continueGoesToTheLastLessonOpenedWhileItIsStillInTheCourse() {
        assertThat(outline(enrolment(1, 3, null, null, "b")).resumeLessonKey()).isEqualTo("b");
        assertThat(outline(enrolment(1, 3, null, null, "removed")).resumeLessonKey())
                .as("the first lesson not done")
                .isEqualTo("b");
        assertThat(outline(null).resumeLessonKey()).isEqualTo("b");
    }

    @Test
    void onlyWebAddressesBecomeLinks() {
        assertThat(LearnerViews.webLink(" https://dichvucong.gov.vn ")).isEqualTo("https://dichvucong.gov.vn");
        assertThat(LearnerViews.webLink("javascript:alert(1)")).isNull();
        assertThat(LearnerViews.webLink("JaVaScRiPt:alert(1)")).isNull();
        assertThat(LearnerViews.webLink("data:text/html,x")).isNull();
    }

    private static CourseOutline outline(EnrolmentView enrolment) {
        List<LessonOutline> lessons = List.of(
                new LessonOutline("a", LessonKind.TEXT, "A", true, true),
                new LessonOutline("b", LessonKind.TEXT, "B", true, false),
                new LessonOutline("c", LessonKind.LINK, "C", true, false));
        return new CourseOutline(
                1,
                1,
                "Khoá",
                null,
                null,
                List.of(),
                "vi",
                null,
                CourseStatus.PUBLISHED,
                false,
                List.of(new SectionOutline("Phần", lessons)),
                enrolment);
    }

    private static EnrolmentView enrolment(int done, int required, LocalDateTime completedAt, LocalDate dueOn) {
        return enrolment(done, required, completedAt, dueOn, null);
    }

    private static EnrolmentView enrolment(
            int done, int required, LocalDateTime completedAt, LocalDate dueOn, String lastLessonKey) {
        return new EnrolmentView(
                1L,
                "Khoá",
                CourseStatus.PUBLISHED,
                LocalDateTime.of(2026, 1, 1, 7, 0),
                done,
                required,
                completedAt,
                dueOn,
                lastLessonKey);
    }
}
