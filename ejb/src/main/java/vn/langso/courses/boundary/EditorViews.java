package vn.langso.courses.boundary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collector;
import java.util.stream.Collectors;
import vn.langso.accounts.entity.Account;
import vn.langso.courses.entity.Course;
import vn.langso.courses.entity.CourseRevision;
import vn.langso.courses.entity.CourseSection;
import vn.langso.courses.entity.Lesson;
import vn.langso.courses.entity.StoredFile;

/** Builds the authoring views from the entities, always in the outline's order. */
final class EditorViews {

    private EditorViews() {}

    static CourseEditorView course(Course course) {
        CourseRevision revision = course.currentRevision();
        return new CourseEditorView(
                course.getId(),
                course.getStatus(),
                course.getDraftRevision() != null,
                course.getPublishedRevision() != null,
                revision.getNumber(),
                revision.getTitle(),
                revision.getSummary(),
                revision.getLanguage(),
                revision.getEstimatedMinutes(),
                revision.getServices().stream().sorted().toList(),
                file(revision.getCover()),
                trainer(course.getOwner()),
                course.getCoTrainers().stream()
                        .map(EditorViews::trainer)
                        .sorted(Comparator.comparing(TrainerView::displayName))
                        .toList(),
                revision.orderedSections().stream().map(EditorViews::section).collect(toArrayList()),
                course.getPublishedAt(),
                course.getArchivedAt());
    }

    static SectionView section(CourseSection section) {
        List<LessonRow> lessons = section.orderedLessons().stream()
                .map(l -> new LessonRow(
                        l.getId(),
                        l.getLessonKey(),
                        l.getKind(),
                        l.getTitle(),
                        l.isRequired(),
                        l.getEstimatedMinutes(),
                        l.hasContent()))
                .collect(toArrayList());
        return new SectionView(section.getId(), section.getTitle(), lessons);
    }

    static LessonView lesson(Lesson lesson) {
        CourseRevision revision = lesson.getRevision();
        return new LessonView(
                lesson.getId(),
                revision.getCourse().getId(),
                revision.getTitle(),
                lesson.getSection().getId(),
                lesson.getSection().getTitle(),
                lesson.getLessonKey(),
                lesson.getKind(),
                lesson.getTitle(),
                lesson.getBody(),
                lesson.getLinkUrl(),
                lesson.isRequired(),
                lesson.getEstimatedMinutes(),
                file(lesson.getVideoFile()),
                file(lesson.getDocumentFile()),
                !revision.isPublished());
    }

    /** Lists a page may reorder in place: a table that rows are dragged in rotates its list before it says so. */
    private static <T> Collector<T, ?, List<T>> toArrayList() {
        return Collectors.toCollection(ArrayList::new);
    }

    static TrainerView trainer(Account account) {
        return new TrainerView(account.getUsername(), account.getDisplayName());
    }

    static StoredFileView file(StoredFile file) {
        return file == null
                ? null
                : new StoredFileView(
                        file.getId(),
                        file.getFileKey(),
                        file.getKind(),
                        file.getOriginalName(),
                        file.getContentType(),
                        file.getSizeBytes());
    }
}
