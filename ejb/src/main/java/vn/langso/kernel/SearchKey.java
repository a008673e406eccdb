package vn.langso.kernel;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The form of a name that searches compare: lower case, without diacritics, đ as d, single spaces. Stored beside
 * each searchable name, so that "cho gao" finds "Chợ Gạo" whatever the database's collations.
 */
public final class SearchKey {

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private SearchKey() {}

    public static String of(String text) {
        if (text == null) {
            return "";
        }
        String withoutMarks = COMBINING_MARKS
                .matcher(Normalizer.normalize(text, Normalizer.Form.NFD))
                .replaceAll("");
        String plain = withoutMarks.replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
        return SPACES.matcher(plain).replaceAll(" ").trim();
    }

    /** A LIKE pattern that finds the key anywhere in a stored key; the LIKE wildcards in the input are taken literally. */
    public static String containing(String text) {
        String key = of(text).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + key + "%";
    }
}
