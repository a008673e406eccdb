package vn.langso.kernel;

/**
 * Characters that no name or note needs and that make a text read differently from what it holds: control
 * characters (NUL and the rest of C0 and C1, DEL), bidirectional overrides and marks (U+202E turns "Tổ 1 gpj.exe"
 * around on screen) and zero-width characters (two names that look the same but do not compare equal).
 */
public final class HiddenCharacters {

    private HiddenCharacters() {}

    /** Where the first such character is in the text, or -1. Tab, line feed and carriage return are allowed. */
    public static int indexIn(String text) {
        if (text == null) {
            return -1;
        }
        for (int i = 0; i < text.length(); i++) {
            if (isHidden(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** The character at the index as it is written in Unicode's tables, e.g. {@code U+202E}. */
    public static String codeAt(String text, int index) {
        return String.format("U+%04X", text.codePointAt(index));
    }

    static boolean isHidden(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
                || (c >= 0x7F && c <= 0x9F)
                || (c >= 0x200B
                        && c <= 0x200F) // zero-width space, non-joiner, joiner; left-to-right and right-to-left marks
                || (c >= 0x202A && c <= 0x202E) // bidirectional embeddings and overrides
                || (c >= 0x2060 && c <= 0x2064) // word joiner and invisible operators
                || (c >= 0x2066 && c <= 0x2069) // bidirectional isolates
                || c == 0x061C // Arabic letter mark
                || c == 0xFEFF; // a byte order mark inside the text: a zero-width no-break space
    }
}
