package vn.langso.courses.boundary;

import vn.langso.courses.entity.LessonKind;

/** A lesson in the course outline; {@code hasContent} is false for a video or document still without its file. */
public record LessonRow(
        long id,
        String lessonKey,
        LessonKind kind,
        String title,
        boolean required,
        Integer estimatedMinutes,
        boolean hasContent) {}
