package vn.langso.web.quizzes;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.primefaces.model.file.UploadedFile;
import vn.langso.quizzes.boundary.GiftImportReport;
import vn.langso.quizzes.boundary.GiftRejectedException;
import vn.langso.quizzes.boundary.QuestionBank;
import vn.langso.quizzes.control.GiftError;
import vn.langso.web.i18n.Messages;
import vn.langso.web.i18n.Text;

/** The GIFT upload of the bank page: either what was imported or every faulty line, and nothing imported. */
@Named
@ViewScoped
public class GiftImportBacking implements Serializable {

    static final long MAXIMUM_BYTES = 2L * 1024 * 1024;

    @Inject
    QuestionBank bank;

    @Inject
    BankBacking page;

    private transient UploadedFile file;
    private List<GiftError> errors = List.of();

    public void upload() {
        errors = List.of();
        if (file == null || file.getSize() == 0) {
            Messages.error("quizzes.gift.noFile");
        } else if (file.getSize() > MAXIMUM_BYTES) {
            Messages.error("quizzes.gift.tooLarge");
        } else {
            try {
                GiftImportReport report =
                        bank.importGift(page.getCourseId(), new String(file.getContent(), StandardCharsets.UTF_8));
                page.refresh();
                Messages.info("quizzes.gift.imported", report.questions(), report.newCategories());
            } catch (GiftRejectedException rejected) {
                errors = rejected.errors();
                Messages.error("quizzes.gift.rejected", errors.size());
            }
        }
    }

    /** Not through MessageFormat: the GIFT texts quote braces. */
    public String message(GiftError error) {
        return Text.forLocale(FacesContext.getCurrentInstance().getViewRoot().getLocale())
                .getString(error.messageKey());
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public List<GiftError> getErrors() {
        return errors;
    }
}
