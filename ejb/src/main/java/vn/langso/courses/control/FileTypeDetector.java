package vn.langso.courses.control;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * What a file really is, from its content: magic numbers at the start and, for the ZIP and OLE2 containers of office
 * files, the names inside. Only formats on this list are recognised; anything else (HTML, SVG, XML, scripts,
 * executables, archives, installers) is {@link #UNRECOGNISED}, whatever its name says.
 */
public class FileTypeDetector {

    public static final String UNRECOGNISED = "unrecognised";

    public static final String PNG = "image/png";
    public static final String JPEG = "image/jpeg";
    public static final String GIF = "image/gif";
    public static final String WEBP = "image/webp";
    public static final String MP4 = "video/mp4";
    public static final String M4V = "video/x-m4v";
    public static final String QUICKTIME = "video/quicktime";
    public static final String WEBM = "video/webm";
    public static final String MATROSKA = "video/x-matroska";
    public static final String OGG_VIDEO = "video/ogg";
    public static final String PDF = "application/pdf";
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation";
    public static final String DOC = "application/msword";
    public static final String XLS = "application/vnd.ms-excel";
    public static final String PPT = "application/vnd.ms-powerpoint";
    public static final String ODT = "application/vnd.oasis.opendocument.text";
    public static final String ODS = "application/vnd.oasis.opendocument.spreadsheet";
    public static final String ODP = "application/vnd.oasis.opendocument.presentation";

    /** How much of the start of a file the magic numbers need. */
    static final int HEAD_BYTES = 64;

    /** ISO base media brands of MP4 video; HEIF/AVIF images and M4A audio share the container and are refused. */
    private static final Set<String> MP4_BRANDS =
            Set.of("isom", "iso2", "iso3", "iso4", "iso5", "iso6", "mp41", "mp42", "avc1", "dash", "mmp4", "MSNV");

    private static final byte[] OLE2 = bytes(0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1);
    private static final byte[] EBML = bytes(0x1A, 0x45, 0xDF, 0xA3);
    private static final byte[] PNG_MAGIC = bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A);
    private static final byte[] ZIP = bytes('P', 'K', 3, 4);
    private static final Set<String> OPEN_DOCUMENT = Set.of(ODT, ODS, ODP);

    public String detect(Path file) throws IOException {
        byte[] head = head(file);
        if (startsWith(head, 0, PNG_MAGIC)) {
            return PNG;
        }
        if (startsWith(head, 0, bytes(0xFF, 0xD8, 0xFF))) {
            return JPEG;
        }
        if (startsWith(head, 0, ascii("GIF87a")) || startsWith(head, 0, ascii("GIF89a"))) {
            return GIF;
        }
        if (startsWith(head, 0, ascii("RIFF")) && startsWith(head, 8, ascii("WEBP"))) {
            return WEBP;
        }
        if (startsWith(head, 0, ascii("%PDF-"))) {
            return PDF;
        }
        if (startsWith(head, 4, ascii("ftyp")) && head.length >= 12) {
            return isoMedia(new String(head, 8, 4, StandardCharsets.ISO_8859_1));
        }
        if (startsWith(head, 0, EBML)) {
            return contains(head, ascii("webm")) ? WEBM : contains(head, ascii("matroska")) ? MATROSKA : UNRECOGNISED;
        }
        if (startsWith(head, 0, ascii("OggS"))) {
            // The first page of an Ogg video carries the Theora identification header.
            return contains(head, bytes(0x80, 't', 'h', 'e', 'o', 'r', 'a')) ? OGG_VIDEO : UNRECOGNISED;
        }
        if (startsWith(head, 0, ZIP)) {
            return zipDocument(file);
        }
        if (startsWith(head, 0, OLE2)) {
            return legacyOffice(file);
        }
        return UNRECOGNISED;
    }

    private static String isoMedia(String brand) {
        if (brand.equals("qt  ")) {
            return QUICKTIME;
        }
        if (brand.startsWith("M4V")) {
            return M4V;
        }
        return MP4_BRANDS.contains(brand) ? MP4 : UNRECOGNISED;
    }

    /** OOXML by its parts' folders, OpenDocument by its mimetype entry; any other archive is refused. */
    private static String zipDocument(Path file) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry types = zip.getEntry("[Content_Types].xml");
            if (types != null) {
                if (macroEnabled(zip, types)) {
                    return UNRECOGNISED;
                }
                return ooxmlPart(zip, "word/")
                        ? DOCX
                        : ooxmlPart(zip, "xl/") ? XLSX : ooxmlPart(zip, "ppt/") ? PPTX : UNRECOGNISED;
            }
            ZipEntry mimetype = zip.getEntry("mimetype");
            if (mimetype != null && mimetype.getSize() < 100) {
                try (InputStream in = zip.getInputStream(mimetype)) {
                    String declared = new String(in.readNBytes(100), StandardCharsets.US_ASCII).trim();
                    return OPEN_DOCUMENT.contains(declared) ? declared : UNRECOGNISED;
                }
            }
            return UNRECOGNISED;
        } catch (ZipException corrupt) {
            return UNRECOGNISED;
        }
    }

    private static boolean ooxmlPart(ZipFile zip, String folder) {
        return zip.stream().anyMatch(e -> e.getName().startsWith(folder));
    }

    /** Macro-enabled office files (docm, xlsm, pptm) can carry code: refused like any other program. */
    private static boolean macroEnabled(ZipFile zip, ZipEntry types) throws IOException {
        try (InputStream in = zip.getInputStream(types)) {
            String text = new String(in.readNBytes(256 * 1024), StandardCharsets.UTF_8);
            return text.toLowerCase(Locale.ROOT).contains("macroenabled")
                    || text.toLowerCase(Locale.ROOT).contains("vbaproject");
        }
    }

    /**
     * An OLE2 compound file is a Word, Excel or PowerPoint file when it holds their main stream; the container also
     * carries installers (MSI) and other programs' data, which are refused. The directory's names are UTF-16LE and may
     * sit anywhere in the file, so the whole file is scanned, a buffer at a time.
     */
    private static String legacyOffice(Path file) throws IOException {
        byte[] word = utf16("WordDocument");
        byte[] excel = utf16("Workbook");
        byte[] oldExcel = utf16("Book\0");
        byte[] powerPoint = utf16("PowerPoint Document");
        int overlap = powerPoint.length;
        byte[] buffer = new byte[64 * 1024 + overlap];
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            int kept = 0;
            while (true) {
                int read = in.readNBytes(buffer, kept, buffer.length - kept);
                if (read <= 0) {
                    return UNRECOGNISED;
                }
                int filled = kept + read;
                byte[] window = Arrays.copyOf(buffer, filled);
                if (contains(window, word)) {
                    return DOC;
                }
                if (contains(window, excel) || contains(window, oldExcel)) {
                    return XLS;
                }
                if (contains(window, powerPoint)) {
                    return PPT;
                }
                kept = Math.min(overlap, filled);
                System.arraycopy(buffer, filled - kept, buffer, 0, kept);
            }
        }
    }

    private static byte[] head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(HEAD_BYTES);
        }
    }

    private static boolean startsWith(byte[] data, int offset, byte[] prefix) {
        return data.length >= offset + prefix.length
                && Arrays.equals(data, offset, offset + prefix.length, prefix, 0, prefix.length);
    }

    private static boolean contains(byte[] data, byte[] part) {
        for (int i = 0; i + part.length <= data.length; i++) {
            if (startsWith(data, i, part)) {
                return true;
            }
        }
        return false;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] utf16(String text) {
        return text.getBytes(StandardCharsets.UTF_16LE);
    }

    private static byte[] bytes(int... values) {
        byte[] result = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = (byte) values[i];
        }
        return result;
    }
}
