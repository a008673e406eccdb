package vn.langso.courses.control;

import static vn.langso.courses.control.FileTypeDetector.*;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import vn.langso.courses.entity.FileKind;

/** For each kind of course file: how large it may be and which recognised types it accepts. */
public final class FileRules {

    private static final long MEGABYTE = 1024L * 1024L;

    private static final Map<String, String> IMAGES = names(PNG, "PNG", JPEG, "JPEG", GIF, "GIF", WEBP, "WebP");
    private static final Map<String, String> VIDEOS =
            names(MP4, "MP4", M4V, "M4V", QUICKTIME, "MOV", WEBM, "WebM", MATROSKA, "MKV", OGG_VIDEO, "OGV");
    private static final Map<String, String> OFFICE = names(
            PDF, "PDF", DOCX, "DOCX", XLSX, "XLSX", PPTX, "PPTX", DOC, "DOC", XLS, "XLS", PPT, "PPT", ODT, "ODT", ODS,
            "ODS", ODP, "ODP");

    private FileRules() {}

    public static int limitMegabytes(FileKind kind) {
        return switch (kind) {
            case IMAGE -> 5;
            case VIDEO -> 200;
            case DOCUMENT -> 20;
        };
    }

    public static long limitBytes(FileKind kind) {
        return limitMegabytes(kind) * MEGABYTE;
    }

    public static boolean accepts(FileKind kind, String contentType) {
        return accepted(kind).containsKey(contentType);
    }

    /** The accepted types by the names people know them by, as a refusal lists them: "PNG, JPEG, GIF, WebP". */
    public static String acceptedNames(FileKind kind) {
        return String.join(", ", accepted(kind).values());
    }

    /** A hint for the browser's file chooser; the server still decides by content. */
    public static String acceptAttribute(FileKind kind) {
        return accepted(kind).values().stream()
                .map(name -> name.equals("JPEG") ? ".jpg,.jpeg" : "." + name.toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(","));
    }

    private static Map<String, String> accepted(FileKind kind) {
        return switch (kind) {
            case IMAGE -> IMAGES;
            case VIDEO -> VIDEOS;
            case DOCUMENT -> join(OFFICE, IMAGES);
        };
    }

    private static Map<String, String> join(Map<String, String> first, Map<String, String> second) {
        Map<String, String> all = new LinkedHashMap<>(first);
        all.putAll(second);
        return all;
    }

    private static Map<String, String> names(String... typesAndNames) {
        Map<String, String> names = new LinkedHashMap<>();
        for (int i = 0; i < typesAndNames.length; i += 2) {
            names.put(typesAndNames[i], typesAndNames[i + 1]);
        }
        return names;
    }
}
