package vn.langso.kernel;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV as RFC 4180 writes it: fields in double quotes may hold separators, quotes (doubled) and line breaks;
 * lines end in CRLF, LF or CR. Strictly UTF-8, with or without a byte order mark. The separator is a comma, or a
 * semicolon when the header line has more of those: Excel writes semicolons where the list separator is one, as
 * in Vietnamese Windows.
 */
public final class CsvReader {

    /** One record and the line of the file it starts on. */
    public record Record(int line, List<String> fields) {}

    private static final char BOM = '\uFEFF';

    private CsvReader() {}

    /** The text of a UTF-8 file without its byte order mark; bytes that are not UTF-8 fail, naming their line. */
    public static String decode(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int line = 1;
            for (int i = 0; i < in.position(); i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw new CsvFormatException(line, "imports.csv.notUtf8");
        }
        decoder.flush(out);
        String text = out.flip().toString();
        return !text.isEmpty() && text.charAt(0) == BOM ? text.substring(1) : text;
    }

    public static List<Record> parse(String text) {
        return new Parser(text, separatorOf(text)).records();
    }

    static char separatorOf(String text) {
        int commas = 0;
        int semicolons = 0;
        for (int i = 0; i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r'; i++) {
            if (text.charAt(i) == ',') {
                commas++;
            } else if (text.charAt(i) == ';') {
                semicolons++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }

    private static final class Parser {

        private final String text;
        private final char separator;
        private final List<Record> records = new ArrayList<>();
        private final StringBuilder field = new StringBuilder();
        private List<String> fields = new ArrayList<>();
        private int position;
        private int line = 1;
        private int recordLine = 1;

        Parser(String text, char separator) {
            this.text = text;
            this.separator = separator;
        }

        List<Record> records() {
            while (position < text.length()) {
                if (text.charAt(position) == '"' && field.isEmpty()) {
                    quotedField();
                } else {
                    plainField();
                }
            }
            if (!fields.isEmpty() || !field.isEmpty()) {
                endRecord();
            }
            return records;
        }

        /** Up to the next separator or line end; a quote inside it is taken literally, as most readers do. */
        private void plainField() {
            while (position < text.length()) {
                char c = text.charAt(position);
                if (c == separator) {
                    position++;
                    endField();
                    return;
                }
                if (c == '\r' || c == '\n') {
                    lineBreak();
                    endRecord();
                    return;
                }
                field.append(c);
                position++;
            }
        }

        private void quotedField() {
            int startLine = line;
            position++;
            while (true) {
                if (position >= text.length()) {
                    throw new CsvFormatException(startLine, "imports.csv.unclosedQuote");
                }
                char c = text.charAt(position);
                if (c == '"') {
                    if (position + 1 < text.length() && text.charAt(position + 1) == '"') {
                        field.append('"');
                        position += 2;
                        continue;
                    }
                    position++;
                    break;
                }
                if (c == '\r' || c == '\n') {
                    int from = position;
                    lineBreak();
                    field.append(text, from, position);
                    continue;
                }
                field.append(c);
                position++;
            }
            if (position >= text.length()) {
                return;
            }
            char next = text.charAt(position);
            if (next == separator) {
                position++;
                endField();
            } else if (next == '\r' || next == '\n') {
                lineBreak();
                endRecord();
            } else {
                throw new CsvFormatException(line, "imports.csv.textAfterQuote");
            }
        }

        private void lineBreak() {
            if (text.charAt(position) == '\r' && position + 1 < text.length() && text.charAt(position + 1) == '\n') {
                position++;
            }
            position++;
            line++;
        }

        private void endField() {
            fields.add(field.toString());
            field.setLength(0);
        }

        private void endRecord() {
            endField();
            records.add(new Record(recordLine, List.copyOf(fields)));
            fields = new ArrayList<>();
            recordLine = line;
        }
    }
}
