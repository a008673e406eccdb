package vn.langso.web.org.imports;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.file.UploadedFile;
import vn.langso.kernel.ImportError;
import vn.langso.kernel.ImportRejectedException;
import vn.langso.org.boundary.ImportReport;
import vn.langso.org.boundary.OrganizationImport;
import vn.langso.org.control.CsvFormat;

/** The import page: a kind of file and its columns, the upload, then either what was stored or every error. */
@Named
@ViewScoped
public class ImportBacking implements Serializable {

    /** One expected column, with the text that explains it. */
    public record Column(String name, boolean required, String descriptionKey) {}

    @Inject
    OrganizationImport imports;

    private CsvFormat format = CsvFormat.UNITS;
    private transient UploadedFile file;
    private ImportReport report;
    private List<ImportError> errors = List.of();

    public void upload() {
        report = null;
        errors = List.of();
        CsvUpload.content(file, OrganizationImport.MAXIMUM_BYTES, "imports.csv.tooLarge")
                .ifPresent(content -> {
                    try {
                        report = imports.importCsv(format, content);
                    } catch (ImportRejectedException rejected) {
                        errors = rejected.errors();
                    }
                });
    }

    public String message(ImportError error) {
        return ImportTexts.message(
                error, FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    public List<Column> getColumns() {
        return format.columns().stream()
                .map(c -> new Column(c, format.required(c), "imports.column." + format.fileName() + "." + c))
                .toList();
    }

    public List<CsvFormat> getFormats() {
        return List.of(CsvFormat.values());
    }

    public String exportPath(CsvFormat kind) {
        return CsvDownloads.pagePath(kind);
    }

    public CsvFormat getFormat() {
        return format;
    }

    public void setFormat(CsvFormat format) {
        this.format = format;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public ImportReport getReport() {
        return report;
    }

    public List<ImportError> getErrors() {
        return errors;
    }
}
