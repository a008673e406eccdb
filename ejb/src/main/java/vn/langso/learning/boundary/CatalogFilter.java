package vn.langso.learning.boundary;

import vn.langso.kernel.OutreachService;

/** What the catalogue shows: published courses whose title contains a text (diacritics ignored), of a service. */
public record CatalogFilter(String text, OutreachService service) {

    public static CatalogFilter all() {
        return new CatalogFilter(null, null);
    }
}
