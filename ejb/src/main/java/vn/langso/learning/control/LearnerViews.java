package vn.langso.learning.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import vn.langso.courses.entity.CourseRevision;
import vn.langso.courses.entity.CourseSection;
import vn.langso.courses.entity.Lesson;
import vn.langso.courses.entity.StoredFile;
import vn.langso.kernel.NotFoundException;
import vn.langso.learning.boundary.CourseOutline.LessonOutline;
import vn.langso.learning.boundary.CourseOutline.SectionOutline;
import vn.langso.learning.boundary.LessonContent;

/** A revision's content as learners see it: sections with ticks, one lesson with its neighbours in course order. */
public final class LearnerViews {

    private LearnerViews() {}

    /** The sections in order, each with its lessons in order; {@code lessons} are the revision's, in course order. */
    public static List<SectionOutline> sections(List<CourseSection> sections, List<Lesson> lessons, Set<String> done) {
        List<SectionOutline> outlines = new ArrayList<>();
        for (CourseSection section : sections) {
            outlines.add(new SectionOutline(
                    section.getTitle(),
                    lessons.stream()
                            .filter(l -> l.getSection().getId().equals(section.getId()))
                            .map(l -> new LessonOutline(
                                    l.getLessonKey(),
                                    l.getKind(),
                                    l.getTitle(),
                                    l.isRequired(),
                                    done.contains(l.getLessonKey())))
                            .toList()));
        }
        return outlines;
    }

    /** The lesson of that key among the revision's lessons (in course order), or 404. */
    public static LessonContent lesson(
            long courseId, CourseRevision revision, List<Lesson> lessons, String key, boolean preview, boolean done) {
        int at = -1;
        for (int i = 0; i < lessons.size(); i++) {
            if (lessons.get(i).getLessonKey().equals(key)) {
                at = i;
            }
        }
        if (at < 0) {
            throw new NotFoundException();
        }
        Lesson lesson = lessons.get(at);
        StoredFile file = lesson.getVideoFile() != null ? lesson.getVideoFile() : lesson.getDocumentFile();
        return new LessonContent(
                courseId,
                revision.getTitle(),
                preview,
                lesson.getLessonKey(),
                lesson.getKind(),
                lesson.getTitle(),
                lesson.isRequired(),
                lesson.getEstimatedMinutes(),
                lesson.getBody(),
                RevisionContent.fileUrl(file),
                file == null ? null : file.getOriginalName(),
                file == null ? null : file.getContentType(),
                file == null ? null : file.getSizeBytes(),
                webLink(lesson.getLinkUrl()),
                at > 0 ? lessons.get(at - 1).getLessonKey() : null,
                at < lessons.size() - 1 ? lessons.get(at + 1).getLessonKey() : null,
                done);
    }

    /** Only web addresses become links: whatever else was stored never reaches a learner's page as one. */
    public static String webLink(String url) {
        if (url == null) {
            return null;
        }
        String lower = url.trim().toLowerCase(Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://") ? url.trim() : null;
    }
}
