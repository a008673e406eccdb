package vn.langso.accounts.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a new password must be: long enough to resist guessing offline ({@value #MINIMUM_LENGTH} characters), not one
 * of the passwords people choose most (a list of the commonest, Vietnamese ones included), not the user name or a
 * part of it, and more than one character repeated. The answer is the message key of the first rule broken.
 */
public final class PasswordPolicy {

    public static final int MINIMUM_LENGTH = 12;

    private static final Set<String> COMMON = load("common-passwords.txt");

    private PasswordPolicy() {}

    public static Optional<String> refusal(String username, String password) {
        if (password == null || password.length() < MINIMUM_LENGTH) {
            return Optional.of("password.tooShort");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (password.chars().distinct().count() <= 2) {
            return Optional.of("password.tooSimple");
        }
        if (username != null && username.length() >= 3 && lower.contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of("password.containsName");
        }
        if (COMMON.contains(lower) || COMMON.contains(lower.replaceAll("[0-9!@#$%^&*._-]+$", ""))) {
            return Optional.of("password.common");
        }
        return Optional.empty();
    }

    private static Set<String> load(String name) {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(name);
                BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return lines.lines()
                    .map(String::trim)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
