package vn.langso.courses.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.langso.courses.entity.FileKind;

class FileTypeDetectorTest {

    @TempDir
    Path folder;

    final FileTypeDetector detector = new FileTypeDetector();

    @Test
    void recognisesImagesByTheirSignatures() throws IOException {
        assertThat(detect("a.png", bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13)))
                .isEqualTo("image/png");
        assertThat(detect("a.jpg", bytes(0xFF, 0xD8, 0xFF, 0xE0, 0, 16, 'J', 'F', 'I', 'F')))
                .isEqualTo("image/jpeg");
        assertThat(detect("a.gif", ascii("GIF89a\u0001\u0000\u0001\u0000"))).isEqualTo("image/gif");
        assertThat(detect("a.webp", ascii("RIFF\u0024\u0000\u0000\u0000WEBPVP8 ")))
                .isEqualTo("image/webp");
    }

    @Test
    void recognisesVideoContainers() throws IOException {
        assertThat(detect("a.mp4", ftyp("isom"))).isEqualTo("video/mp4");
        assertThat(detect("a.mp4", ftyp("mp42"))).isEqualTo("video/mp4");
        assertThat(detect("a.m4v", ftyp("M4V "))).isEqualTo("video/x-m4v");
        assertThat(detect("a.mov", ftyp("qt  "))).isEqualTo("video/quicktime");
        assertThat(detect("a.webm", concat(bytes(0x1A, 0x45, 0xDF, 0xA3, 0x9F, 0x42, 0x82, 0x84), ascii("webm"))))
                .isEqualTo("video/webm");
        assertThat(detect("a.mkv", concat(bytes(0x1A, 0x45, 0xDF, 0xA3, 0xA3, 0x42, 0x82, 0x88), ascii("matroska"))))
                .isEqualTo("video/x-matroska");
        assertThat(detect("a.ogv", concat(ascii("OggS\0\u0002" + "\0".repeat(22)), bytes(0x80), ascii("theora"))))
                .isEqualTo("video/ogg");
    }

    @Test
    void refusesImagesAndAudioThatShareAVideoContainer() throws IOException {
        assertThat(detect("a.heic", ftyp("heic"))).isEqualTo(FileTypeDetector.UNRECOGNISED);
        assertThat(detect("a.mp4", ftyp("M4A "))).isEqualTo(FileTypeDetector.UNRECOGNISED);
        assertThat(detect("a.ogv", ascii("OggS\0\u0002" + "\0".repeat(22) + "\u0001vorbis")))
                .isEqualTo(FileTypeDetector.UNRECOGNISED);
    }

    @Test
    void recognisesPdfAndOfficeDocuments() throws IOException {
        assertThat(detect("a.pdf", ascii("%PDF-1.7\n%âãÏÓ\n"))).isEqualTo("application/pdf");
        assertThat(detect("a.docx", ooxml("word/document.xml")))
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(detect("a.xlsx", ooxml("xl/workbook.xml")))
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(detect("a.pptx", ooxml("ppt/presentation.xml")))
                .isEqualTo("application/vnd.openxmlformats-officedocument.presentationml.presentation");
        assertThat(detect("a.odt", zip("mimetype", "application/vnd.oasis.opendocument.text", "content.xml", "<x/>")))
                .isEqualTo("application/vnd.oasis.opendocument.text");
        assertThat(detect("a.doc", ole2("WordDocument"))).isEqualTo("application/msword");
        assertThat(detect("a.xls", ole2("Workbook"))).isEqualTo("application/vnd.ms-excel");
        assertThat(detect("a.ppt", ole2("PowerPoint Document"))).isEqualTo("application/vnd.ms-powerpoint");
    }

    @Test
    void aPdfNamedLikeAnImageIsStillAPdfAndNoImage() throws IOException {
        String type = detect("cover.png", ascii("%PDF-1.4\n1 0 obj\n"));

        assertThat(type).isEqualTo("application/pdf");
        assertThat(FileRules.accepts(FileKind.IMAGE, type)).isFalse();
        assertThat(FileRules.accepts(FileKind.DOCUMENT, type)).isTrue();
    }

    @Test
    void markupAndScriptsNamedAsDocumentsAreRefused() throws IOException {
        assertThat(detect("a.pdf", ascii("<!DOCTYPE html><html><script>alert(1)</script>")))
                .isEqualTo(FileTypeDetector.UNRECOGNISED);
        assertThat(detect("a.pdf", ascii("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"/>")))
                .isEqualTo(FileTypeDetector.UNRECOGNISED);
        assertThat(detect("a.png", ascii("<svg onload=\"alert(1)\"/>"))).isEqualTo(FileTypeDetector.UNRECOGNISED);
        assertThat(detect("a.pdf", ascii("#!/bin/sh\nrm -rf /\n"))).isEqualTo(FileTypeDetector.UNRECOGNISED);
        assertThat(detect("a.pdf", ascii("MZ\u0090\0\u0003\0\0\0"))).isEqualTo(FileTypeDetector.UNRECOGNISED);
    }

    @Test
    void archivesThatAreNoOfficeDocumentAreRefused() throws IOException {
        assertThat(detect("a.docx", zip("readme.txt", "hello", "word/evil.exe", "MZ")))
                .isEqualTo(FileTypeDetector.UNRECOGNISED);
        assertThat(detect("a.odt", zip("mimetype", "application/epub+zip", "content.xml", "<x/>")))
                .isEqualTo(FileTypeDetector.UNRECOGNISED);
        assertThat(detect("a.docx", concat(ascii("PK\u0003\u0004"), new byte[40])))
                .isEqualTo(FileTypeDetector.UNRECOGNISED);
    }

    @Test
    void macroEnabledOfficeFilesAndInstallersAreRefused() throws IOException {
        assertThat(detect(
                        "a.docx",
                        zip(
                                "[Content_Types].xml",
                                "<Types><Override ContentType=\"application/vnd.ms-word.document.macroEnabled.main+xml\"/></Types>",
                                "word/document.xml",
                                "<w/>")))
                .isEqualTo(FileTypeDetector.UNRECOGNISED);
        assertThat(detect("setup.doc", ole2("SummaryInformation"))).isEqualTo(FileTypeDetector.UNRECOGNISED);
    }

    @Test
    void eachKindAcceptsItsOwnTypes() {
        assertThat(FileRules.accepts(FileKind.VIDEO, "video/mp4")).isTrue();
        assertThat(FileRules.accepts(FileKind.VIDEO, "image/png")).isFalse();
        assertThat(FileRules.accepts(FileKind.IMAGE, "image/webp")).isTrue();
        assertThat(FileRules.accepts(FileKind.DOCUMENT, "image/jpeg")).isTrue();
        assertThat(FileRules.accepts(FileKind.DOCUMENT, "video/mp4")).isFalse();
        assertThat(FileRules.accepts(FileKind.DOCUMENT, FileTypeDetector.UNRECOGNISED))
                .isFalse();
        assertThat(FileRules.acceptedNames(FileKind.IMAGE)).isEqualTo("PNG, JPEG, GIF, WebP");
        assertThat(FileRules.limitBytes(FileKind.VIDEO)).isEqualTo(200L * 1024 * 1024);
    }

    private String detect(String name, byte[] content) throws IOException {
        Path file = folder.resolve(name);
        Files.write(file, content);
        return detector.detect(file);
    }

    private static byte[] ftyp(String brand) {
        return concat(bytes(0, 0, 0, 0x18), ascii("ftyp" + brand + "\0\0\0\0" + brand + "mdat"));
    }

    private static byte[] ooxml(String part) throws IOException {
        return zip(
                "[Content_Types].xml",
                "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>",
                "_rels/.rels",
                "<Relationships/>",
                part,
                "<x/>");
    }

    private static byte[] zip(String... namesAndTexts) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < namesAndTexts.length; i += 2) {
                zip.putNextEntry(new ZipEntry(namesAndTexts[i]));
                zip.write(namesAndTexts[i + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** A compound file header, padding past the first buffer's start, then a directory entry's UTF-16 name. */
    private static byte[] ole2(String streamName) {
        byte[] header = bytes(0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1);
        byte[] name = (streamName + "\0").getBytes(StandardCharsets.UTF_16LE);
        return concat(concat(header, new byte[70_000]), name);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            all.writeBytes(part);
        }
        return all.toByteArray();
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] bytes(int... values) {
        byte[] result = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = (byte) values[i];
        }
        return result;
    }
}
