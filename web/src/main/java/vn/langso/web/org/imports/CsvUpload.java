package vn.langso.web.org.imports;

import java.util.Locale;
import java.util.Optional;
import org.primefaces.model.file.UploadedFile;
import vn.langso.web.i18n.Messages;

/** A CSV file uploaded on a page: its content, or nothing once the page has been told why it cannot be read. */
public final class CsvUpload {

    private CsvUpload() {}

    public static Optional<byte[]> content(UploadedFile file) {
        return content(file, Long.MAX_VALUE, null);
    }

    /** The same, refusing a file larger than the boundary takes with the message of {@code tooLargeKey}. */
    public static Optional<byte[]> content(UploadedFile file, long maximumBytes, String tooLargeKey) {
        if (file == null || file.getSize() == 0) {
            Messages.error("imports.noFile");
        } else if (!file.getFileName().toLowerCase(Locale.ROOT).endsWith(".csv")) {
            Messages.error("imports.notCsv");
        } else if (file.getSize() > maximumBytes) {
            Messages.error(tooLargeKey);
        } else {
            return Optional.of(file.getContent());
        }
        return Optional.empty();
    }
}
