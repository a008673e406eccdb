package vn.langso.web.org;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Map;
import vn.langso.kernel.BusinessException;
import vn.langso.org.boundary.TeamView;
import vn.langso.org.boundary.Teams;
import vn.langso.web.faces.Pages;
import vn.langso.web.i18n.Messages;

/** The admin renames a team, corrects its founding date, deactivates it or activates it again. */
@Named
@ViewScoped
public class TeamEditBacking implements Serializable {

    @Inject
    Teams teams;

    @Inject
    TeamBacking page;

    private String name;
    private LocalDate foundedOn;

    public void start() {
        name = page.getTeam().name();
        foundedOn = page.getTeam().foundedOn();
    }

    public void save() {
        TeamView team = page.getTeam();
        try {
            teams.update(team.id(), Checks.text(name, 150, "name"), foundedOn, team.active());
            page.reload();
            Messages.info("org.team.saved", name.trim());
        } catch (BusinessException refusal) {
            Pages.refuse(refusal, Map.of("name", "editForm:teamName"));
        }
    }

    public void toggleActive() {
        TeamView team = page.getTeam();
        teams.update(team.id(), team.name(), team.foundedOn(), !team.active());
        page.reload();
        Messages.info(team.active() ? "org.team.deactivated" : "org.team.activated", team.name());
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
