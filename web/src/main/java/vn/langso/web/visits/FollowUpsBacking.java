package vn.langso.web.visits;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import vn.langso.visits.boundary.FieldWork;
import vn.langso.visits.boundary.FollowUpView;
import vn.langso.web.faces.PagedModel;
import vn.langso.web.faces.Pages;

/** Follow-ups: the caller's own, and for leaders and coordinators those of their area due by a day. */
@Named
@ViewScoped
public class FollowUpsBacking implements Serializable {

    @Inject
    FieldWork work;

    private List<FollowUpView> mine = List.of();
    private LocalDate dueBy = Pages.today();
    private LocalDate shownDueBy = dueBy;
    private final PagedModel<FollowUpView> area =
            new PagedModel<>(request -> work.followUpsOfArea(shownDueBy, request), FollowUpView::id);

    public void open() {
        if (VisitPages.fieldRoleOr404()) {
            mine = work.myFollowUps();
        }
    }

    public void search() {
        shownDueBy = dueBy;
        Pages.firstPage("area:list");
    }

    public List<FollowUpView> getMine() {
        return mine;
    }

    public PagedModel<FollowUpView> getArea() {
        return area;
    }

    public LocalDate getDueBy() {
        return dueBy;
    }

    public void setDueBy(LocalDate dueBy) {
        this.dueBy = dueBy;
    }
}
