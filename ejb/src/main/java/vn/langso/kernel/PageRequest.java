package vn.langso.kernel;

/** Which slice of a list, sorted how. Sizes are capped so that no request reads a whole province at once. */
public record PageRequest(int page, int size, String sortField, boolean ascending) {

    public static final int MAXIMUM_SIZE = 200;

    public PageRequest {
        page = Math.max(page, 0);
        size = Math.min(Math.max(size, 1), MAXIMUM_SIZE);
    }

    public static PageRequest first(int size) {
        return new PageRequest(0, size, null, true);
    }

    /** Capped, not overflowed: a page far beyond the last is an empty page, never a negative offset. */
    public int offset() {
        return (int) Math.min((long) page * size, Integer.MAX_VALUE);
    }
}
