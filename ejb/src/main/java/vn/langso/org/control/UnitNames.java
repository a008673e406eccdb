package vn.langso.org.control;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * Official unit names carry their type word ("Phường Đạo Thạnh", "Thị trấn Chợ Gạo"); LangSo keeps the name without
 * it and the type as the unit's label, so that lists read "Đạo Thạnh (phường)" and search finds the name alone.
 */
public final class UnitNames {

    /** A name and its type label, lower case. */
    public record Split(String name, String typeLabel) {}

    /** Longest first, so that "Thành phố" is not read as a name starting with "Thành". */
    private static final List<String> TYPE_WORDS =
            List.of("Thành phố", "Thị trấn", "Đặc khu", "Thị xã", "Phường", "Huyện", "Quận", "Tỉnh", "Xã");

    private UnitNames() {}

    /** The name without its leading type word; a name without one keeps {@code fallbackType} (may be null). */
    public static Split split(String officialName, String fallbackType) {
        String name = Normalizer.normalize(officialName.trim(), Normalizer.Form.NFC);
        for (String word : TYPE_WORDS) {
            if (name.length() > word.length() + 1
                    && name.regionMatches(true, 0, word, 0, word.length())
                    && name.charAt(word.length()) == ' ') {
                return new Split(name.substring(word.length() + 1).trim(), word.toLowerCase(Locale.ROOT));
            }
        }
        return new Split(name, fallbackType == null ? null : fallbackType.trim().toLowerCase(Locale.ROOT));
    }
}
