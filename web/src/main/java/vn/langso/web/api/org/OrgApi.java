package vn.langso.web.api.org;

import vn.langso.platform.boundary.PageRequest;

/** Paging parameters of the organisation API: {@code page} from 0, {@code size} up to 200. */
final class OrgApi {

    static final int DEFAULT_SIZE = 50;

    private OrgApi() {}

    static PageRequest page(Integer page, Integer size, String sort) {
        boolean descending = sort != null && sort.startsWith("-");
        String field = sort == null ? null : sort.replaceFirst("^[-+]", "");
        return new PageRequest(page == null ? 0 : page, size == null ? DEFAULT_SIZE : size, field, !descending);
    }
}
