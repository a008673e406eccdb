package vn.langso.web.org.imports;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import org.primefaces.model.file.UploadedFile;
import vn.langso.kernel.ImportError;
import vn.langso.kernel.ImportRejectedException;
import vn.langso.org.boundary.UnitReform;
import vn.langso.web.i18n.Messages;

/**
 * The reform page: an effective date and either a CSV mapping or one merge typed in; first checked and shown, then,
 * once confirmed, carried out. The checked file is kept in the view, so that what is applied is what was shown.
 */
@Named
@ViewScoped
public class ReformBacking implements Serializable {

    @Inject
    UnitReform reform;

    private LocalDate effective;
    private transient UploadedFile file;
    private byte[] mapping;
    private String oldCodes;
    private String newCode;
    private String newName;
    private String newType;
    private boolean typed;
    private UnitReform.Report report;
    private boolean applied;
    private List<ImportError> errors = List.of();

    /** Checks the uploaded mapping and shows what it would do. */
    public void checkFile() {
        clear();
        typed = false;
        CsvUpload.content(file, UnitReform.MAXIMUM_BYTES, "reform.tooLarge").ifPresent(content -> {
            mapping = content;
            run(() -> reform.preview(effective, mapping));
        });
    }

    /** Checks the merge typed in and shows what it would do. */
    public void checkTyped() {
        clear();
        typed = true;
        run(() -> reform.preview(effective, codes(), newCode, newName, newType));
    }

    /** Carries out what was checked. */
    public void apply() {
        if (report == null || applied) {
            return;
        }
        boolean done = run(() ->
                typed ? reform.apply(effective, codes(), newCode, newName, newType) : reform.apply(effective, mapping));
        if (done) {
            applied = true;
            Messages.info("reform.applied", report.oldUnits(), report.newUnits().size());
        }
    }

    /** The official Tiền Giang → Đồng Tháp mapping, to try a reform on the demo province. */
    public void downloadOfficialMapping() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.responseReset();
        external.setResponseContentType("text/csv; charset=UTF-8");
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"tien-giang-2025.csv\"");
        external.getResponseOutputStream().write(reform.officialMapping());
        faces.responseComplete();
    }

    public String message(ImportError error) {
        return ImportTexts.message(
                error, FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    private boolean run(java.util.function.Supplier<UnitReform.Report> step) {
        try {
            report = step.get();
            errors = List.of();
            return true;
        } catch (ImportRejectedException rejected) {
            report = null;
            errors = rejected.errors();
            return false;
        }
    }

    private void clear() {
        report = null;
        applied = false;
        errors = List.of();
    }

    private List<String> codes() {
        return oldCodes == null ? List.of() : Arrays.asList(oldCodes.split("[,;\\s]+"));
    }

    public LocalDate getEffective() {
        return effective;
    }

    public void setEffective(LocalDate effective) {
        this.effective = effective;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public String getOldCodes() {
        return oldCodes;
    }

    public void setOldCodes(String oldCodes) {
        this.oldCodes = oldCodes;
    }

    public String getNewCode() {
        return newCode;
    }

    public void setNewCode(String newCode) {
        this.newCode = newCode;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public String getNewType() {
        return newType;
    }

    public void setNewType(String newType) {
        this.newType = newType;
    }

    public String getEffectiveText() {
        return report == null ? "" : report.effective().format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }

    public UnitReform.Report getReport() {
        return report;
    }

    public boolean isApplied() {
        return applied;
    }

    public List<ImportError> getErrors() {
        return errors;
    }
}
