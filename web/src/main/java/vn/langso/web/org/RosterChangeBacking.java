package vn.langso.web.org;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Map;
import vn.langso.kernel.BusinessException;
import vn.langso.org.boundary.MembershipView;
import vn.langso.org.boundary.Rosters;
import vn.langso.org.entity.TeamRole;
import vn.langso.web.faces.Pages;
import vn.langso.web.i18n.Messages;

/** Changes the role of someone on the roster, or ends their membership on a date: the history keeps it. */
@Named
@ViewScoped
public class RosterChangeBacking implements Serializable {

    @Inject
    Rosters rosters;

    @Inject
    TeamBacking page;

    private MembershipView chosen;
    private TeamRole role;
    private LocalDate endedOn;

    public void choose(MembershipView membership) {
        chosen = membership;
        role = membership.teamRole();
        endedOn = Pages.today();
    }

    public void changeRole() {
        try {
            rosters.changeRole(chosen.id(), role);
            page.reload();
            Messages.info("org.roster.roleChanged", chosen.memberName());
        } catch (BusinessException refusal) {
            Pages.refuse(refusal, Map.of());
        }
    }

    public void end() {
        try {
            rosters.end(chosen.id(), endedOn);
            page.reload();
            Messages.info("org.roster.ended", chosen.memberName());
        } catch (BusinessException refusal) {
            Pages.refuse(refusal, Map.of("endedOn", "endForm:endedOn"));
        }
    }

    public MembershipView getChosen() {
        return chosen;
    }

    public TeamRole getRole() {
        return role;
    }

    public void setRole(TeamRole role) {
        this.role = role;
    }

    public LocalDate getEndedOn() {
        return endedOn;
    }

    public void setEndedOn(LocalDate endedOn) {
        this.endedOn = endedOn;
    }
}
