package vn.langso.web.files;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.primefaces.model.file.UploadedFile;
import vn.langso.courses.boundary.CourseFiles;
import vn.langso.courses.boundary.StoredFileView;
import vn.langso.courses.control.FileRules;
import vn.langso.courses.entity.FileKind;
import vn.langso.platform.boundary.InvalidInputException;
import vn.langso.web.i18n.Messages;

/**
 * What course pages use to upload a {@code p:fileUpload}'s file: a refusal becomes a message beside the field, saying
 * why, and the page keeps everything else the user typed. In pages, {@code #{fileUploads.hint('VIDEO')}} tells the
 * limit and types and {@code #{fileUploads.accept('VIDEO')}} narrows the browser's file chooser.
 */
@Named
@ApplicationScoped
public class FileUploads {

    @Inject
    CourseFiles files;

    /** The stored file, or empty when it was refused (the message is already on {@code clientId}). */
    public Optional<StoredFileView> store(long courseId, FileKind kind, UploadedFile file, String clientId) {
        if (file == null || file.getSize() == 0) {
            Messages.errorFor(clientId, "files.empty");
            return Optional.empty();
        }
        try (InputStream content = file.getInputStream()) {
            return Optional.of(files.store(courseId, kind, file.getFileName(), content));
        } catch (InvalidInputException refused) {
            Messages.errorFor(
                    clientId, refused.messageKey(), refused.arguments().toArray());
            return Optional.empty();
        } catch (IOException e) {
            Messages.errorFor(clientId, "files.uploadFailed");
            return Optional.empty();
        }
    }

    public String hint(FileKind kind) {
        return Messages.text("files.limit", FileRules.limitMegabytes(kind), FileRules.acceptedNames(kind));
    }

    public String accept(FileKind kind) {
        return FileRules.acceptAttribute(kind);
    }
}
