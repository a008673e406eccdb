package vn.langso.web.learning;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import vn.langso.kernel.BusinessException;
import vn.langso.kernel.NotFoundException;
import vn.langso.learning.boundary.CourseCatalog;
import vn.langso.learning.boundary.CourseOutline;
import vn.langso.learning.boundary.EnrolmentView;
import vn.langso.learning.boundary.Learning;
import vn.langso.learning.boundary.LessonContent;
import vn.langso.web.faces.Pages;
import vn.langso.web.i18n.Messages;

/** One lesson (lesson.xhtml?course=&lesson=&preview=): its content, the course's lessons around it, "done". */
@Named
@ViewScoped
public class LessonBacking implements Serializable {

    @Inject
    CourseCatalog catalog;

    @Inject
    Learning learning;

    private String courseId;
    private String lessonKey;
    private boolean preview;
    private LessonContent lesson;
    private CourseOutline course;
    private boolean justCompleted;

    public void open() {
        Long id = LearningPages.id(courseId);
        try {
            if (id == null || lessonKey == null) {
                throw new NotFoundException();
            }
            lesson = catalog.lesson(id, lessonKey, preview);
            course = catalog.outline(id, preview);
            if (getEnrolment() != null) {
                learning.open(id, lessonKey);
            }
        } catch (NotFoundException | EJBAccessException e) {
            Pages.notFound();
        }
    }

    public void markDone() {
        try {
            boolean wasComplete = getEnrolment().completed();
            EnrolmentView now = learning.markDone(course.courseId(), lesson.lessonKey());
            justCompleted = !wasComplete && now.completed();
            reload();
            if (justCompleted) {
                Messages.info("learning.lesson.courseCompleted", course.title());
            }
        } catch (BusinessException refusal) {
            Messages.error(refusal.messageKey(), refusal.arguments().toArray());
        }
    }

    public void markNotDone() {
        try {
            learning.markNotDone(course.courseId(), lesson.lessonKey());
            reload();
        } catch (BusinessException refusal) {
            Messages.error(refusal.messageKey(), refusal.arguments().toArray());
        }
    }

    private void reload() {
        lesson = catalog.lesson(course.courseId(), lesson.lessonKey(), false);
        course = catalog.outline(course.courseId(), false);
    }

    /** The caller's enrolment; null in preview, for someone not enrolled, or for a non-member reading. */
    public EnrolmentView getEnrolment() {
        return preview || course == null || !LearningPages.isMember() ? null : course.enrolment();
    }

    public String getFileSize() {
        return LearningPages.size(lesson.fileSize());
    }

    public boolean isJustCompleted() {
        return justCompleted;
    }

    public LessonContent getLesson() {
        return lesson;
    }

    public CourseOutline getCourse() {
        return course;
    }

    public String getCourseId() {
        return courseId;
    }

    public void setCourseId(String courseId) {
        this.courseId = courseId;
    }

    public String getLessonKey() {
        return lessonKey;
    }

    public void setLessonKey(String lessonKey) {
        this.lessonKey = lessonKey;
    }

    public boolean isPreview() {
        return preview;
    }

    public void setPreview(boolean preview) {
        this.preview = preview;
    }
}
