package vn.langso.kernel;

import java.util.UUID;

/**
 * The ids phones make for what they write offline (visits, households, attendance): a UUID in its canonical lower-case
 * form, so that one id is never stored under two spellings.
 */
public final class ClientIds {

    private ClientIds() {}

    /** The id in canonical form; a clear 400 naming the field otherwise. */
    public static String require(String field, String text) {
        try {
            String id = text == null ? "" : text.trim().toLowerCase();
            if (id.length() != 36 || !UUID.fromString(id).toString().equals(id)) {
                throw new InvalidInputException(field, "visit.idNotUuid");
            }
            return id;
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, "visit.idNotUuid");
        }
    }
}
