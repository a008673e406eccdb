package vn.langso.web.visits;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import vn.langso.kernel.NotFoundException;
import vn.langso.visits.boundary.HouseholdView;
import vn.langso.visits.boundary.Households;
import vn.langso.visits.boundary.VisitFilter;
import vn.langso.visits.boundary.VisitLog;
import vn.langso.visits.boundary.VisitView;
import vn.langso.web.faces.PagedModel;
import vn.langso.web.faces.Pages;

/** One household and its history: every visit, newest first, with each service's outcome. */
@Named
@ViewScoped
public class HouseholdBacking implements Serializable {

    @Inject
    Households households;

    @Inject
    VisitLog visits;

    private String id;
    private HouseholdView household;
    private PagedModel<VisitView> history;

    public void open() {
        if (!VisitPages.fieldRoleOr404()) {
            return;
        }
        Long householdId = Pages.id(id);
        try {
            if (householdId == null) {
                throw new NotFoundException();
            }
            household = households.find(householdId);
            VisitFilter filter = new VisitFilter(householdId, null, null, null, false);
            history = new PagedModel<>(request -> visits.list(filter, request), VisitView::id);
        } catch (NotFoundException e) {
            Pages.notFound();
        }
    }

    public HouseholdView getHousehold() {
        return household;
    }

    public PagedModel<VisitView> getHistory() {
        return history;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
