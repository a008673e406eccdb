package vn.langso.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A child process's log as far as it is written, read without failing: it serves error messages and polling. */
final class LogTail {

    private LogTail() {}

    /** Latin-1 decodes any bytes, so a half-written UTF-8 character cannot fail the read. */
    static String readQuietly(Path file) {
        try {
            return Files.readString(file, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            return "";
        }
    }

    static String lastLines(Path file, int count) {
        List<String> lines = readQuietly(file).lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - count), lines.size()));
    }
}
