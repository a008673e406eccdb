package vn.langso.web.org;

import vn.langso.kernel.InvalidInputException;

/**
 * Checks the forms make before they call a boundary, for rules the entities enforce only when they are written:
 * caught there, they would fail the request instead of showing a message beside the input.
 */
final class Checks {

    private Checks() {}

    /** The text trimmed, null when blank; refused when longer than max characters. */
    static String text(String value, int max, String field) {
        String trimmed = value == null ? "" : value.trim();
        if (trimmed.length() > max) {
            throw new InvalidInputException(field, "org.check.tooLong", max);
        }
        return trimmed.isEmpty() ? null : trimmed;
    }

    /** Like {@link #text}, and refused when it does not match the pattern. */
    static String matching(String value, String pattern, int max, String field, String messageKey) {
        String text = text(value, max, field);
        if (text != null && !text.matches(pattern)) {
            throw new InvalidInputException(field, messageKey);
        }
        return text;
    }

    static Integer between(Integer value, int min, int max, String field) {
        if (value != null && (value < min || value > max)) {
            throw new InvalidInputException(field, "org.check.between", min, max);
        }
        return value;
    }
}
