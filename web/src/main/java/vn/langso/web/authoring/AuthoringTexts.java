package vn.langso.web.authoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import vn.langso.courses.entity.CourseStatus;
import vn.langso.courses.entity.LessonKind;

/** The bundle keys of the course statuses and lesson kinds, for the authoring pages. */
@Named
@ApplicationScoped
public class AuthoringTexts {

    public String status(CourseStatus status) {
        return AuthoringPages.key("status", status);
    }

    public String kind(LessonKind kind) {
        return AuthoringPages.key("kind", kind);
    }
}
