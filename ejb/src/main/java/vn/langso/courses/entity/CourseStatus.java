package vn.langso.courses.entity;

/** Where a course is in its life: a draft never published, in the catalogue, or taken out of it. */
public enum CourseStatus {
    DRAFT,
    PUBLISHED,
    ARCHIVED
}
