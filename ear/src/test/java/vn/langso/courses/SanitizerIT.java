package vn.langso.courses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Set;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.langso.courses.boundary.CourseAuthoring;
import vn.langso.courses.boundary.CourseDetails;
import vn.langso.courses.boundary.CourseOutlineAuthoring;
import vn.langso.courses.boundary.LessonAuthoring;
import vn.langso.courses.boundary.LessonEdit;
import vn.langso.courses.boundary.LessonView;
import vn.langso.courses.entity.LessonKind;
import vn.langso.it.AccountRows;
import vn.langso.it.Caller;
import vn.langso.it.Deployments;
import vn.langso.kernel.InvalidInputException;

/** Runs inside the server: what a trainer's editor sends is stored only after the allow-list sanitizer. */
@ExtendWith(ArquillianExtension.class)
class SanitizerIT {

    static final Set<String> TRAINER = Set.of("TRAINER");
    static final String HOSTILE = "<p>Bước 1: mở <strong>VNeID</strong></p>"
            + "<script>alert('xss')</script>"
            + "<img src=x onerror=\"alert(1)\">"
            + "<a href=\"jav&#x09;ascript:alert(1)\">bấm</a>"
            + "<svg onload=\"alert(1)\"><script>alert(2)</script></svg>"
            + "<iframe src=\"https://evil.example/\"></iframe>"
            + "<a href=\"https://dichvucong.gov.vn/\">Cổng dịch vụ công</a>";

    @Inject
    CourseAuthoring authoring;

    @Inject
    CourseOutlineAuthoring outline;

    @Inject
    LessonAuthoring lessons;

    @Resource(lookup = "java:jboss/datasources/LangSoDS")
    DataSource dataSource;

    String trainer;
    LessonView lesson;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.langSo(SanitizerIT.class, AccountRows.class);
    }

    @BeforeEach
    void lessonOfOwnCourse() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            trainer = AccountRows.insert(c, "sanitize", AccountRows.PASSWORD, "TRAINER");
        }
        lesson = Caller.as(trainer, TRAINER, () -> {
            long course = authoring
                    .create(new CourseDetails("Khóa an toàn", null, Set.of(), "vi", null))
                    .id();
            long section =
                    outline.addSection(course, "Phần 1").sections().get(0).id();
            return outline.addLesson(section, LessonKind.TEXT, "Bài 1");
        });
    }

    @Test
    void lessonBodyIsStoredSanitized() throws Exception {
        LessonView saved = Caller.as(
                trainer, TRAINER, () -> lessons.update(lesson.id(), new LessonEdit("Bài 1", HOSTILE, null, true, 5)));

        String stored = storedBody(lesson.id()).toLowerCase();
        assertThat(stored)
                .doesNotContain("<script")
                .doesNotContain("onerror")
                .doesNotContain("onload")
                .doesNotContain("javascript")
                .doesNotContain("<svg")
                .doesNotContain("<iframe")
                .contains("<strong>vneid</strong>")
                .contains("href=\"https://dichvucong.gov.vn/\"")
                .contains("nofollow");
        assertThat(saved.body()).isEqualToIgnoringCase(stored);
    }

    @Test
    void linkThatIsNotAWebAddressIsRefusedAtItsField() {
        assertThatThrownBy(() -> Caller.as(
                        trainer,
                        TRAINER,
                        () -> lessons.update(
                                lesson.id(), new LessonEdit("Bài 1", null, "javascript:alert(1)", true, 5))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("linkUrl"));
    }

    private String storedBody(long lessonId) throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement select = c.prepareStatement("select body from lesson where id = ?")) {
            select.setLong(1, lessonId);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        }
    }
}
