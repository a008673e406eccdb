package vn.langso.web.learning;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import vn.langso.kernel.OutreachService;
import vn.langso.learning.boundary.CatalogFilter;
import vn.langso.learning.boundary.CourseCard;
import vn.langso.learning.boundary.CourseCatalog;
import vn.langso.web.faces.PagedModel;

/** The catalogue (catalog.xhtml?q=&service=): published courses found by title without diacritics, by service. */
@Named
@ViewScoped
public class CatalogBacking implements Serializable {

    @Inject
    CourseCatalog catalog;

    private String text;
    private OutreachService service;
    private CatalogFilter filter = CatalogFilter.all();
    private final PagedModel<CourseCard> list =
            new PagedModel<>(request -> catalog.list(filter, request), CourseCard::id);

    /** Opened with ?q= or ?service=, the list starts filtered, so that a search can be bookmarked or shared. */
    public void open() {
        search();
    }

    public void search() {
        filter = new CatalogFilter(text, service);
        LearningPages.firstPage("catalog:courses");
    }

    public List<OutreachService> getServices() {
        return List.of(OutreachService.values());
    }

    public PagedModel<CourseCard> getList() {
        return list;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public OutreachService getService() {
        return service;
    }

    public void setService(OutreachService service) {
        this.service = service;
    }
}
