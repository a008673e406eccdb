package vn.langso.org.control;

import java.util.Locale;
import vn.langso.kernel.CsvRow;

/**
 * How imported rows are matched to what is stored: units by code and members by phone, as the database's unique
 * keys compare them (codes without regard to case), teams by their unit's code and their name without regard to
 * case or spacing.
 */
public final class CsvKeys {

    public record TeamKey(String unitCode, String name) {}

    private CsvKeys() {}

    public static String unit(String code) {
        return code.trim().toUpperCase(Locale.ROOT);
    }

    public static TeamKey team(String unitCode, String name) {
        return new TeamKey(unit(unitCode), CsvRow.clean(name).toLowerCase(Locale.ROOT));
    }

    /**
     * A phone as stored: digits only, the country code +84 as a leading 0, and the leading 0 put back where a
     * spreadsheet dropped it, taking the number for a number.
     */
    public static String phone(String text) {
        String digits = text.replaceAll("[\\s.()-]", "");
        if (digits.startsWith("+84")) {
            digits = "0" + digits.substring(3);
        } else if (digits.startsWith("84") && digits.length() == 11) {
            digits = "0" + digits.substring(2);
        } else if (digits.matches("[35789][0-9]{8}")) {
            digits = "0" + digits;
        }
        return digits;
    }
}
