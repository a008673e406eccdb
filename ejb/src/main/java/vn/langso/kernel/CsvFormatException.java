package vn.langso.kernel;

/** A file that is not CSV as RFC 4180 writes it, or not UTF-8; {@link #line()} counts from 1. */
public class CsvFormatException extends RuntimeException {

    private final int line;
    private final String messageKey;

    public CsvFormatException(int line, String messageKey) {
        super(messageKey + " on line " + line);
        this.line = line;
        this.messageKey = messageKey;
    }

    public int line() {
        return line;
    }

    public String messageKey() {
        return messageKey;
    }
}
