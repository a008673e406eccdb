package vn.langso.courses.boundary;

import vn.langso.courses.entity.CourseStatus;

/** Which of the caller's courses to list: words of the title (diacritics optional) and a status; null for any. */
public record CourseFilter(String text, CourseStatus status) {

    public static CourseFilter all() {
        return new CourseFilter(null, null);
    }
}
