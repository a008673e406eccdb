package vn.langso.web.org;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import vn.langso.kernel.BusinessException;
import vn.langso.org.boundary.TeamFilter;
import vn.langso.org.boundary.TeamView;
import vn.langso.org.boundary.Teams;
import vn.langso.org.boundary.Units;
import vn.langso.web.faces.PagedModel;
import vn.langso.web.faces.Pages;

/** The team list: the teams of the caller's area, filtered by unit subtree, active flag and name. */
@Named
@ViewScoped
public class TeamsBacking implements Serializable {

    @Inject
    Teams teams;

    @Inject
    Units units;

    private String unitCode;
    private Boolean active;
    private String text;
    private TeamFilter filter = TeamFilter.all();
    private final PagedModel<TeamView> list = new PagedModel<>(request -> teams.list(filter, request), TeamView::id);

    /** Opened from a unit (?unit=code), the list starts filtered by it. */
    public void open() {
        if (Pages.allowedOr404() && unitCode != null && !unitCode.isBlank()) {
            search();
        }
    }

    public void search() {
        try {
            Long unitId = unitCode == null || unitCode.isBlank() ? null : Pages.unitId(units, unitCode, "unit");
            filter = new TeamFilter(unitId, active, text);
            Pages.firstPage("teams:list");
        } catch (BusinessException refusal) {
            Pages.refuse(refusal, Map.of("unit", "teams:unitCode"));
        }
    }

    public PagedModel<TeamView> getList() {
        return list;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public void setUnitCode(String unitCode) {
        this.unitCode = unitCode;
    }

    public Boolean getActive() {
        return active;
    }

    public void setActive(Boolean active) {
        this.active = active;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
