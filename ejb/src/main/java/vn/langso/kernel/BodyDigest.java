package vn.langso.kernel;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

/**
 * The SHA-256 of a request's content in one canonical JSON form (JSON-B writes properties in lexicographic order),
 * so that a resend of the same visit or attendance is recognised whatever the spacing or key order the phone used.
 */
public final class BodyDigest {

    private static final Jsonb JSON = JsonbBuilder.create();

    private BodyDigest() {}

    public static String of(Object content) {
        return Sha256.hex(canonical(content));
    }

    public static String canonical(Object content) {
        return JSON.toJson(content);
    }
}
