package vn.langso.scheduling.boundary;

import java.util.List;

/** What a job run did: a text key and its numbers, shown on the admin's job page in the reader's language. */
public record JobSummary(String key, List<Long> args) {

    public static JobSummary of(String key, long... args) {
        return new JobSummary(key, java.util.Arrays.stream(args).boxed().toList());
    }
}
