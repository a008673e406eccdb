package vn.langso.courses.boundary;

import vn.langso.courses.entity.LessonKind;

/** One lesson for its editor: the current version (the draft's, if there is a draft) and its course. */
public record LessonView(
        long id,
        long courseId,
        String courseTitle,
        long sectionId,
        String sectionTitle,
        String lessonKey,
        LessonKind kind,
        String title,
        String body,
        String linkUrl,
        boolean required,
        Integer estimatedMinutes,
        StoredFileView videoFile,
        StoredFileView documentFile,
        boolean inDraft) {

    /** The file the lesson shows: its video or its document. */
    public StoredFileView attachedFile() {
        return kind == LessonKind.VIDEO ? videoFile : documentFile;
    }
}
