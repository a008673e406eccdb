package vn.langso.web.authoring;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import org.primefaces.model.file.UploadedFile;
import vn.langso.courses.boundary.CourseFiles;
import vn.langso.courses.boundary.LessonAuthoring;
import vn.langso.courses.boundary.LessonView;
import vn.langso.courses.boundary.StoredFileView;
import vn.langso.courses.control.FileRules;
import vn.langso.courses.entity.FileKind;
import vn.langso.courses.entity.LessonKind;
import vn.langso.kernel.BusinessException;
import vn.langso.web.i18n.Messages;

/**
 * The file of a video or document lesson. The upload is submitted with the lesson's form, so a refused file leaves
 * what was typed there in place (not yet saved).
 */
@Named
@ViewScoped
public class LessonFileBacking implements Serializable {

    @Inject
    LessonEditorBacking editor;

    @Inject
    CourseFiles files;

    @Inject
    LessonAuthoring lessons;

    private transient UploadedFile file;

    public void upload() {
        LessonView lesson = editor.getLesson();
        if (file == null || file.getSize() == 0) {
            Messages.errorFor("lesson:file", "authoring.file.none");
            return;
        }
        try (InputStream content = file.getInputStream()) {
            StoredFileView stored = files.store(lesson.courseId(), kind(), file.getFileName(), content);
            editor.show(lessons.attachFile(lesson.id(), stored.id()));
            Messages.info("authoring.file.saved", stored.originalName());
        } catch (BusinessException refusal) {
            AuthoringPages.refuse(refusal, LessonForm.INPUTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void remove() {
        try {
            editor.show(lessons.attachFile(editor.getLesson().id(), null));
        } catch (BusinessException refusal) {
            AuthoringPages.refuse(refusal);
        }
    }

    /** The page refuses a larger file before sending it; the server checks again. */
    public long getSizeLimit() {
        return FileRules.limitBytes(kind());
    }

    private FileKind kind() {
        return editor.getLesson().kind() == LessonKind.VIDEO ? FileKind.VIDEO : FileKind.DOCUMENT;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }
}
