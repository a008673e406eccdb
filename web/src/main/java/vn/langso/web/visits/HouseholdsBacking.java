package vn.langso.web.visits;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import vn.langso.visits.boundary.FieldProfile.Hamlet;
import vn.langso.visits.boundary.FieldWork;
import vn.langso.visits.boundary.HouseholdFilter;
import vn.langso.visits.boundary.HouseholdView;
import vn.langso.visits.boundary.Households;
import vn.langso.web.faces.PagedModel;
import vn.langso.web.faces.Pages;

/** The households of the caller's area: search without diacritics, by hamlet, paged and sortable. */
@Named
@ViewScoped
public class HouseholdsBacking implements Serializable {

    @Inject
    Households households;

    @Inject
    FieldWork work;

    private String text;
    private Long hamletId;
    private List<Hamlet> hamlets = List.of();
    private HouseholdFilter filter = new HouseholdFilter(null, null);
    private final PagedModel<HouseholdView> list =
            new PagedModel<>(request -> households.list(filter, request), HouseholdView::id);

    public void open() {
        if (VisitPages.fieldRoleOr404()) {
            hamlets = work.profile().hamlets();
        }
    }

    public void search() {
        filter = new HouseholdFilter(hamletId, text);
        Pages.firstPage("households:list");
    }

    public PagedModel<HouseholdView> getList() {
        return list;
    }

    public List<Hamlet> getHamlets() {
        return hamlets;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Long getHamletId() {
        return hamletId;
    }

    public void setHamletId(Long hamletId) {
        this.hamletId = hamletId;
    }
}
