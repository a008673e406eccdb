package vn.langso.courses.boundary;

import java.nio.file.Path;
import vn.langso.courses.entity.FileKind;

/** A stored file the caller may read: where its bytes are and how to serve them. */
public record FileDownload(Path path, FileKind kind, String contentType, long sizeBytes, String originalName) {}
