package vn.langso.web.files;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import vn.langso.courses.boundary.FileDownload;

/**
 * Images and videos show in the page; everything else downloads. The original name goes in RFC 5987 form, so that
 * Vietnamese names survive, with a plain ASCII fallback for old clients.
 */
final class ContentDisposition {

    private ContentDisposition() {}

    static String of(FileDownload file) {
        boolean inline =
                file.contentType().startsWith("image/") || file.contentType().startsWith("video/");
        return (inline ? "inline" : "attachment")
                + "; filename=\"" + asciiFallback(file.originalName()) + "\""
                + "; filename*=UTF-8''" + rfc5987(file.originalName());
    }

    /** "Bài giảng số 1.pdf" becomes "Bai giang so 1.pdf"; what is still not plain ASCII becomes '_'. */
    static String asciiFallback(String name) {
        String withoutMarks = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return withoutMarks.replace('đ', 'd').replace('Đ', 'D').replaceAll("[^A-Za-z0-9._ ()-]", "_");
    }

    /** Percent-encoded UTF-8; URLEncoder's '+' for a space and its bare '*' are not valid there. */
    static String rfc5987(String name) {
        return URLEncoder.encode(name, StandardCharsets.UTF_8)
                .replace("+", "%20")
                .replace("*", "%2A");
    }
}
