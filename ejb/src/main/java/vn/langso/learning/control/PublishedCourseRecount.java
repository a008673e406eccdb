package vn.langso.learning.control;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import vn.langso.courses.boundary.CoursePublished;

/** When a new revision of a course is published, its enrolments count against it, in the same transaction. */
@Dependent
public class PublishedCourseRecount {

    @Inject
    ProgressRecorder recorder;

    @Inject
    Clock clock;

    public void recount(@Observes CoursePublished published) {
        recorder.recountCourse(published.courseId(), LocalDateTime.now(clock).truncatedTo(ChronoUnit.MICROS));
    }
}
