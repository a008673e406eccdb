package vn.langso.platform.boundary;

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

    public int offset() {
        return page * size;
    }
}
