package vn.langso.courses.boundary;

import vn.langso.courses.entity.FileKind;
import vn.langso.courses.entity.StoredFile;

/** An uploaded course file as pages and other components see it; {@link #url()} is where the app serves it. */
public record StoredFileView(
        long id, String fileKey, FileKind kind, String originalName, String contentType, long sizeBytes) {

    public static StoredFileView of(StoredFile file) {
        return new StoredFileView(
                file.getId(),
                file.getFileKey(),
                file.getKind(),
                file.getOriginalName(),
                file.getContentType(),
                file.getSizeBytes());
    }

    /** Relative to the application's context path. */
    public String url() {
        return "/files/" + fileKey;
    }
}
