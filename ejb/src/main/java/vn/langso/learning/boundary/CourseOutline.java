package vn.langso.learning.boundary;

import java.util.List;
import java.util.Objects;
import vn.langso.courses.entity.CourseStatus;
import vn.langso.courses.entity.LessonKind;
import vn.langso.kernel.OutreachService;

/**
 * A course as a learner sees it: the published revision's description, sections and lessons with the caller's
 * ticks, and their enrolment (null when not enrolled). In preview, the draft an editor is working on, no ticks.
 */
public record CourseOutline(
        long courseId,
        int revisionNumber,
        String title,
        String summary,
        String coverUrl,
        List<OutreachService> services,
        String language,
        Integer estimatedMinutes,
        CourseStatus status,
        boolean preview,
        List<SectionOutline> sections,
        EnrolmentView enrolment) {

    public record SectionOutline(String title, List<LessonOutline> lessons) {}

    public record LessonOutline(String lessonKey, LessonKind kind, String title, boolean required, boolean done) {}

    public List<LessonOutline> lessons() {
        return sections.stream().flatMap(s -> s.lessons().stream()).toList();
    }

    public int lessonCount() {
        return lessons().size();
    }

    /** Where "Continue" goes: the last lesson opened if it is still in the course, else the first not done. */
    public String resumeLessonKey() {
        List<LessonOutline> lessons = lessons();
        String last = enrolment == null ? null : enrolment.lastLessonKey();
        if (last != null && lessons.stream().anyMatch(l -> Objects.equals(l.lessonKey(), last))) {
            return last;
        }
        return lessons.stream()
                .filter(l -> !l.done())
                .findFirst()
                .or(() -> lessons.stream().findFirst())
                .map(LessonOutline::lessonKey)
                .orElse(null);
    }
}
