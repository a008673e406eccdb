package vn.langso.web.visits;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.file.UploadedFile;
import vn.langso.kernel.ImportError;
import vn.langso.kernel.ImportRejectedException;
import vn.langso.visits.boundary.HouseholdImportReport;
import vn.langso.visits.boundary.HouseholdTransfer;
import vn.langso.web.org.imports.CsvUpload;
import vn.langso.web.org.imports.ImportTexts;

/** Admins and coordinators upload a households file: either what was stored, or every error and nothing stored. */
@Named
@ViewScoped
public class HouseholdImportBacking implements Serializable {

    @Inject
    HouseholdTransfer transfer;

    private transient UploadedFile file;
    private HouseholdImportReport report;
    private List<ImportError> errors = List.of();

    public void upload() {
        report = null;
        errors = List.of();
        CsvUpload.content(file).ifPresent(content -> {
            try {
                report = transfer.importCsv(content);
            } catch (ImportRejectedException rejected) {
                errors = rejected.errors();
            }
        });
    }

    public String message(ImportError error) {
        return ImportTexts.message(
                error, FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public HouseholdImportReport getReport() {
        return report;
    }

    public List<ImportError> getErrors() {
        return errors;
    }
}
