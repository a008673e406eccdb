package vn.langso.kernel;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One data row of a {@link CsvTable}, read cell by cell. A cell that cannot be read adds an error naming its line
 * and column and reads as {@code null}, so that checking goes on and finds every other error of the file. Text is
 * trimmed, its spaces folded, and put in Unicode NFC: Vietnamese typed on different keyboards then compares equal.
 */
public final class CsvRow {

    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** Thousands grouped as 1.050 or 1,050 or 1 050, as spreadsheets write them. */
    private static final Pattern GROUPED = Pattern.compile("[0-9]{1,3}([., ][0-9]{3})+");

    private static final DateTimeFormatter DAY_MONTH_YEAR =
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private final int line;
    private final Map<String, String> cells;
    private final List<ImportError> errors;
    private int errorCount;

    CsvRow(int line, Map<String, String> cells, List<ImportError> errors) {
        this.line = line;
        this.cells = cells;
        this.errors = errors;
    }

    public int line() {
        return line;
    }

    /** Whether none of this row's cells failed so far. */
    public boolean valid() {
        return errorCount == 0;
    }

    public void error(String column, String messageKey, Object... args) {
        errorCount++;
        errors.add(new ImportError(
                line, column, messageKey, Stream.of(args).map(String::valueOf).toList()));
    }

    /** The cell's text, or {@code null} when it is blank or the file has no such column. */
    public String text(String column) {
        return clean(cells.get(column));
    }

    public String required(String column, int maxLength) {
        String text = text(column);
        if (text == null) {
            error(column, "imports.field.required");
            return null;
        }
        return withinLength(column, text, maxLength);
    }

    public String optional(String column, int maxLength) {
        String text = text(column);
        return text == null ? null : withinLength(column, text, maxLength);
    }

    public Integer integer(String column, int min, int max) {
        String text = text(column);
        if (text == null) {
            return null;
        }
        try {
            int value = Integer.parseInt(GROUPED.matcher(text).matches() ? text.replaceAll("[., ]", "") : text);
            if (value < min || value > max) {
                error(column, "imports.field.range", min, max);
                return null;
            }
            return value;
        } catch (NumberFormatException e) {
            error(column, "imports.field.integer");
            return null;
        }
    }

    /** A date as yyyy-MM-dd, or as dd/MM/yyyy, which is how Excel in Vietnamese writes it back. */
    public LocalDate date(String column, LocalDate latest) {
        String text = text(column);
        if (text == null) {
            return null;
        }
        LocalDate date;
        try {
            date = text.contains("/") ? LocalDate.parse(text, DAY_MONTH_YEAR) : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            error(column, "imports.field.date");
            return null;
        }
        if (date.isAfter(latest)) {
            error(column, "imports.field.future");
            return null;
        }
        return date;
    }

    /** true or false; also 1 or 0, yes or no, có or không. */
    public Boolean flag(String column) {
        String text = text(column);
        if (text == null) {
            return null;
        }
        return switch (SearchKey.of(text)) {
            case "true", "1", "yes", "co" -> true;
            case "false", "0", "no", "khong" -> false;
            default -> {
                error(column, "imports.field.boolean");
                yield null;
            }
        };
    }

    /** One of the choices, named without regard to case or diacritics; otherwise the error of the given key. */
    public <E> E choice(String column, Map<String, E> choices, String messageKey) {
        String text = text(column);
        if (text == null) {
            return null;
        }
        E choice = choices.get(SearchKey.of(text));
        if (choice == null) {
            error(column, messageKey, text);
        }
        return choice;
    }

    String raw(String column) {
        return cells.get(column);
    }

    /**
     * The apostrophe {@link CsvWriter} puts before a text a spreadsheet would run is taken off
     * again, so that an exported file imports back unchanged.
     */
    public static String clean(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String text = SPACES.matcher(Normalizer.normalize(raw, Normalizer.Form.NFC))
                .replaceAll(" ")
                .trim();
        return text.length() > 1 && text.charAt(0) == '\'' && "=+-@".indexOf(text.charAt(1)) >= 0
                ? text.substring(1)
                : text;
    }

    private String withinLength(String column, String text, int maxLength) {
        if (text.length() > maxLength) {
            error(column, "imports.field.tooLong", maxLength);
            return null;
        }
        return text;
    }
}
