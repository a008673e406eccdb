package vn.langso.courses.boundary;

/** What a trainer changes in a lesson; the body is rich text, sanitized before it is stored. */
public record LessonEdit(String title, String body, String linkUrl, boolean required, Integer estimatedMinutes) {}
