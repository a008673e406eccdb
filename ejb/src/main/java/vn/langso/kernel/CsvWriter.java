package vn.langso.kernel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes CSV as RFC 4180 asks: CRLF line ends, a field in double quotes when it holds a comma, a quote, a line
 * break or leading or trailing spaces. Starts with a byte order mark when asked, for Excel, which otherwise reads
 * UTF-8 as the Windows code page and garbles Vietnamese. The one CSV writer of every export.
 *
 * <p>A text that a spreadsheet would run as a formula ({@code =HYPERLINK(...)} as a name from an import) always
 * gets a leading apostrophe, as OWASP advises; {@link CsvRow#clean} takes it off on import, so an exported file
 * imports back unchanged.
 */
public final class CsvWriter {

    private final Writer out;

    public CsvWriter(Writer out) {
        this.out = out;
    }

    public CsvWriter byteOrderMark() {
        write("\uFEFF");
        return this;
    }

    public CsvWriter row(List<?> cells) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            Object cell = cells.get(i);
            line.append(field(inert(cell)));
        }
        write(line.append("\r\n").toString());
        return this;
    }

    static Object inert(Object cell) {
        if (cell instanceof String text && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return cell;
    }

    static String field(Object value) {
        if (value == null) {
            return "";
        }
        String text = value instanceof Enum<?> constant ? constant.name() : value.toString();
        boolean quoted = text.indexOf(',') >= 0
                || text.indexOf('"') >= 0
                || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0
                || text.indexOf(';') >= 0
                || (!text.isEmpty()
                        && (Character.isWhitespace(text.charAt(0))
                                || Character.isWhitespace(text.charAt(text.length() - 1))));
        return quoted ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    private void write(String text) {
        try {
            out.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
