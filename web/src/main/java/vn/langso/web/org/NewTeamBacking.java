package vn.langso.web.org;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Map;
import vn.langso.kernel.BusinessException;
import vn.langso.org.boundary.TeamView;
import vn.langso.org.boundary.Teams;
import vn.langso.org.boundary.Units;
import vn.langso.web.faces.Pages;
import vn.langso.web.i18n.Messages;

/** The admin founds a team in a commune or village, named by the unit's code, and goes to its page. */
@Named
@ViewScoped
public class NewTeamBacking implements Serializable {

    private static final Map<String, String> INPUTS =
            Map.of("unit", "newTeamForm:teamUnitCode", "name", "newTeamForm:teamName");

    @Inject
    Teams teams;

    @Inject
    Units units;

    private String unitCode;
    private String name;
    private LocalDate foundedOn;

    public void create() throws IOException {
        TeamView team;
        try {
            long unitId = Pages.unitId(units, unitCode, "unit");
            team = teams.create(unitId, Checks.text(name, 150, "name"), foundedOn);
        } catch (BusinessException refusal) {
            Pages.refuse(refusal, INPUTS);
            return;
        }
        Messages.info("org.team.created", team.name());
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/org/team.xhtml?id=" + team.id());
    }

    public String getUnitCode() {
        return unitCode;
    }

    public void setUnitCode(String unitCode) {
        this.unitCode = unitCode;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public LocalDate getFoundedOn() {
        return foundedOn;
    }

    public void setFoundedOn(LocalDate foundedOn) {
        this.foundedOn = foundedOn;
    }
}
