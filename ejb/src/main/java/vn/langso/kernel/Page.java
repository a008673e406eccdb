package vn.langso.kernel;

import java.util.List;

/** One page of a longer list, and how long the whole list is. */
public record Page<T>(List<T> items, long total, int page, int size) {

    public static <T> Page<T> of(List<T> items, long total, PageRequest request) {
        return new Page<>(items, total, request.page(), request.size());
    }
}
