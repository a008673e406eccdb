package vn.langso.scheduling.control;

import java.util.Arrays;
import java.util.List;
import vn.langso.scheduling.entity.JobRun;

/** How a run's summary numbers and its error fit their columns. */
public final class JobRunTexts {

    private JobRunTexts() {}

    /** {@code 3,0,12}; null for no numbers. */
    public static String args(List<Long> args) {
        if (args == null || args.isEmpty()) {
            return null;
        }
        String text = String.join(",", args.stream().map(String::valueOf).toList());
        if (text.length() > JobRun.ARGS_LENGTH) {
            throw new IllegalArgumentException("A job summary holds a few numbers, not " + args.size());
        }
        return text;
    }

    public static List<Long> args(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split(",")).map(Long::valueOf).toList();
    }

    /** The error and its causes on one line each, cut to the column: enough for the admin to know where to look. */
    public static String error(Throwable failure) {
        StringBuilder text = new StringBuilder();
        for (Throwable at = failure; at != null && text.length() < JobRun.ERROR_LENGTH; at = at.getCause()) {
            if (!text.isEmpty()) {
                text.append("\n← ");
            }
            text.append(at.getClass().getName());
            if (at.getMessage() != null) {
                text.append(": ").append(at.getMessage());
            }
            if (at.getCause() == at) {
                break;
            }
        }
        return text.length() > JobRun.ERROR_LENGTH ? text.substring(0, JobRun.ERROR_LENGTH) : text.toString();
    }
}
