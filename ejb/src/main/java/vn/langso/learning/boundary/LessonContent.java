package vn.langso.learning.boundary;

import vn.langso.courses.entity.LessonKind;

/**
 * One lesson for display. {@code body} is the HTML sanitized when it was stored; {@code fileUrl} serves an uploaded
 * video or document to those who may see the course; previous and next keys follow the course's order.
 */
public record LessonContent(
        long courseId,
        String courseTitle,
        boolean preview,
        String lessonKey,
        LessonKind kind,
        String title,
        boolean required,
        Integer estimatedMinutes,
        String body,
        String fileUrl,
        String fileName,
        String fileContentType,
        Long fileSize,
        String linkUrl,
        String previousKey,
        String nextKey,
        boolean done) {

    public boolean isImage() {
        return fileContentType != null && fileContentType.startsWith("image/");
    }
}
