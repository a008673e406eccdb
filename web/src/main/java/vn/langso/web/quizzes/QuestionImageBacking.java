package vn.langso.web.quizzes;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import org.primefaces.event.FileUploadEvent;
import vn.langso.courses.boundary.CourseFiles;
import vn.langso.courses.boundary.StoredFileView;
import vn.langso.courses.control.FileRules;
import vn.langso.courses.entity.FileKind;
import vn.langso.kernel.BusinessException;
import vn.langso.quizzes.boundary.QuestionBank;
import vn.langso.web.i18n.Messages;

/**
 * The image of the question open in the dialog: uploaded as soon as it is chosen (checked by type and size like every
 * upload) and attached to the saved question, or taken away.
 */
@Named
@ViewScoped
public class QuestionImageBacking implements Serializable {

    @Inject
    CourseFiles files;

    @Inject
    QuestionBank bank;

    @Inject
    BankBacking page;

    @Inject
    QuestionEditBacking dialog;

    public void upload(FileUploadEvent event) {
        QuestionForm form = dialog.getForm();
        try (InputStream content = event.getFile().getInputStream()) {
            StoredFileView stored = files.store(
                    page.getCourseId(), FileKind.IMAGE, event.getFile().getFileName(), content);
            form.setImageKey(
                    bank.setImage(page.getCourseId(), form.getId(), stored.id()).imageKey());
        } catch (BusinessException refusal) {
            Messages.errorFor(
                    "questionForm:image",
                    refusal.messageKey(),
                    refusal.arguments().toArray());
        } catch (IOException e) {
            Messages.errorFor("questionForm:image", "authoring.file.none");
        }
    }

    public void remove() {
        QuestionForm form = dialog.getForm();
        form.setImageKey(bank.setImage(page.getCourseId(), form.getId(), null).imageKey());
    }

    /** The page refuses a larger image before sending it; the server checks again. */
    public long getSizeLimit() {
        return FileRules.limitBytes(FileKind.IMAGE);
    }
}
