package vn.langso.courses.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import vn.langso.courses.control.AuthoringChecks;
import vn.langso.courses.control.CourseDescriber;
import vn.langso.courses.control.Draft;
import vn.langso.courses.control.Drafts;
import vn.langso.courses.control.HtmlSanitizer;
import vn.langso.courses.entity.FileKind;
import vn.langso.courses.entity.Lesson;
import vn.langso.courses.entity.StoredFile;
import vn.langso.kernel.InvalidInputException;

/**
 * One lesson's content, edited in the draft. The body is stored only as the sanitizer returns it; a page opened on
 * the published lesson gets back the draft's copy, whose id it should use from then on.
 */
@Stateless
@RolesAllowed({"ADMIN", "TRAINER"})
public class LessonAuthoring {

    @Resource
    SessionContext session;

    @Inject
    Drafts drafts;

    @Inject
    HtmlSanitizer sanitizer;

    @Inject
    CourseDescriber describer;

    /** The lesson as it is now for its editors: the draft's version when the course has a draft. */
    public LessonView lesson(long lessonId) {
        return EditorViews.lesson(drafts.currentLesson(caller(), lessonId));
    }

    public LessonView update(long lessonId, LessonEdit content) {
        Draft draft = drafts.ofLesson(caller(), lessonId);
        Lesson lesson = draft.lesson(lessonId);
        String title = AuthoringChecks.title(content.title(), "title");
        String linkUrl = AuthoringChecks.webAddress(content.linkUrl(), "linkUrl");
        Integer minutes = AuthoringChecks.minutes(content.estimatedMinutes(), "estimatedMinutes");
        lesson.setTitle(title);
        lesson.setBody(sanitizer.sanitize(content.body()));
        lesson.setLinkUrl(linkUrl);
        lesson.setRequired(content.required());
        lesson.setEstimatedMinutes(minutes);
        return EditorViews.lesson(lesson);
    }

    /**
     * The uploaded file a video or document lesson shows, an upload of the same course; null takes it away. A
     * document may be an image (a scanned form, a screenshot).
     */
    public LessonView attachFile(long lessonId, Long fileId) {
        Draft draft = drafts.ofLesson(caller(), lessonId);
        Lesson lesson = draft.lesson(lessonId);
        switch (lesson.getKind()) {
            case VIDEO -> lesson.setVideoFile(file(draft, fileId, FileKind.VIDEO));
            case DOCUMENT -> lesson.setDocumentFile(file(draft, fileId, FileKind.DOCUMENT, FileKind.IMAGE));
            default -> throw new InvalidInputException("file", "authoring.file.notForThisLesson");
        }
        return EditorViews.lesson(lesson);
    }

    private StoredFile file(Draft draft, Long fileId, FileKind... kinds) {
        return fileId == null ? null : describer.file(draft.course(), fileId, "file", kinds);
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
