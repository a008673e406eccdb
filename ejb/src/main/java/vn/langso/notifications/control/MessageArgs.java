package vn.langso.notifications.control;

import java.util.Arrays;
import java.util.List;

/**
 * A notification's arguments in one column, separated by the ASCII unit separator: a skill's name may hold commas,
 * but never a control character.
 */
public final class MessageArgs {

    static final char SEPARATOR = '\u001F';
    public static final int MAXIMUM_LENGTH = 1000;

    private MessageArgs() {}

    public static String join(List<String> args) {
        if (args == null || args.isEmpty()) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        for (String arg : args) {
            if (!text.isEmpty()) {
                text.append(SEPARATOR);
            }
            text.append(arg == null ? "" : arg.replace(SEPARATOR, ' '));
        }
        if (text.length() > MAXIMUM_LENGTH) {
            throw new IllegalArgumentException("Notification arguments longer than " + MAXIMUM_LENGTH);
        }
        return text.toString();
    }

    public static List<String> split(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        return Arrays.asList(text.split(String.valueOf(SEPARATOR), -1));
    }
}
