package vn.langso.web.authoring;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.primefaces.model.file.UploadedFile;
import vn.langso.courses.boundary.CourseAuthoring;
import vn.langso.courses.boundary.CourseFiles;
import vn.langso.courses.boundary.StoredFileView;
import vn.langso.courses.control.FileRules;
import vn.langso.courses.entity.FileKind;
import vn.langso.kernel.BusinessException;
import vn.langso.kernel.OutreachService;
import vn.langso.web.i18n.Messages;

/** The course's description and cover image; an upload keeps what was typed in the form and not saved yet. */
@Named
@ViewScoped
public class CourseDetailsBacking implements Serializable {

    static final Map<String, String> INPUTS = Map.of(
            "title", "details:title",
            "summary", "details:summary",
            "language", "details:language",
            "estimatedMinutes", "details:estimatedMinutes",
            "cover", "details:cover",
            "file", "details:cover");

    @Inject
    CourseEditorBacking editor;

    @Inject
    CourseAuthoring authoring;

    @Inject
    CourseFiles files;

    private CourseForm form;
    private transient UploadedFile cover;

    public void save() {
        try {
            editor.show(authoring.updateDetails(editor.courseId(), getForm().details()));
            Messages.info("authoring.saved");
        } catch (BusinessException refusal) {
            AuthoringPages.refuse(refusal, INPUTS);
        }
    }

    public void uploadCover() {
        if (cover == null || cover.getSize() == 0) {
            Messages.errorFor("details:cover", "authoring.file.none");
            return;
        }
        try (InputStream content = cover.getInputStream()) {
            StoredFileView stored = files.store(editor.courseId(), FileKind.IMAGE, cover.getFileName(), content);
            editor.show(authoring.setCover(editor.courseId(), stored.id()));
            Messages.info("authoring.cover.saved");
        } catch (BusinessException refusal) {
            AuthoringPages.refuse(refusal, INPUTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void removeCover() {
        try {
            editor.show(authoring.setCover(editor.courseId(), null));
        } catch (BusinessException refusal) {
            AuthoringPages.refuse(refusal);
        }
    }

    public List<OutreachService> getServices() {
        return List.of(OutreachService.values());
    }

    public CourseForm getForm() {
        if (form == null) {
            form = CourseForm.of(editor.getCourse());
        }
        return form;
    }

    /** The page refuses a larger image before sending it; the server checks again. */
    public long getCoverSizeLimit() {
        return FileRules.limitBytes(FileKind.IMAGE);
    }

    public UploadedFile getCover() {
        return cover;
    }

    public void setCover(UploadedFile cover) {
        this.cover = cover;
    }
}
