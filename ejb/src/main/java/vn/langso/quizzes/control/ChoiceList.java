package vn.langso.quizzes.control;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Choice ids as an attempt stores them: "11,14,12". */
public final class ChoiceList {

    private ChoiceList() {}

    public static String format(Collection<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    public static List<Long> parse(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split(",")).map(Long::valueOf).toList();
    }

    public static Set<Long> parseSet(String text) {
        return new LinkedHashSet<>(parse(text));
    }
}
