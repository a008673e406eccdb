package vn.langso.web.visits;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import vn.langso.visits.boundary.VisitFilter;
import vn.langso.visits.boundary.VisitLog;
import vn.langso.visits.boundary.VisitView;
import vn.langso.web.faces.PagedModel;
import vn.langso.web.faces.Pages;

/**
 * Visits: a member's own; a team leader's team area, a coordinator's area (read only), between two days. "Only mine"
 * narrows a leader's or coordinator's list to the visits they went on.
 */
@Named
@ViewScoped
public class VisitsBacking implements Serializable {

    @Inject
    VisitLog visits;

    private LocalDate from;
    private LocalDate to;
    private boolean mine;
    private VisitFilter filter = new VisitFilter(null, null, null, null, false);
    private final PagedModel<VisitView> list = new PagedModel<>(request -> visits.list(filter, request), VisitView::id);

    public void open() {
        if (VisitPages.fieldRoleOr404()) {
            var external = FacesContext.getCurrentInstance().getExternalContext();
            mine = !external.isUserInRole("TEAM_LEADER")
                    && !external.isUserInRole("COORDINATOR")
                    && !external.isUserInRole("ADMIN");
            search();
        }
    }

    public void search() {
        filter = new VisitFilter(null, null, from, to, mine);
        Pages.firstPage("visits:list");
    }

    public PagedModel<VisitView> getList() {
        return list;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public boolean isMine() {
        return mine;
    }

    public void setMine(boolean mine) {
        this.mine = mine;
    }
}
