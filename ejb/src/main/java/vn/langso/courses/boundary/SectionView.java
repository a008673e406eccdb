package vn.langso.courses.boundary;

import java.util.List;

/** A section of the course outline with its lessons in order. */
public record SectionView(long id, String title, List<LessonRow> lessons) {}
