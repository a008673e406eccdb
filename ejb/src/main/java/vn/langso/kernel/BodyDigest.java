package vn.langso.kernel;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The SHA-256 of a request's content in one canonical JSON form (JSON-B writes properties in lexicographic order),
 * so that a resend of the same visit or attendance is recognised whatever the spacing or key order the phone used.
 */
public final class BodyDigest {

    private static final Jsonb JSON = JsonbBuilder.create();

    private BodyDigest() {}

    public static String of(Object content) {
        return sha256(canonical(content));
    }

    public static String canonical(Object content) {
        return JSON.toJson(content);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
