package vn.langso.web.org;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Map;
import vn.langso.kernel.BusinessException;
import vn.langso.kernel.InvalidInputException;
import vn.langso.org.boundary.MembershipView;
import vn.langso.org.boundary.Rosters;
import vn.langso.org.entity.TeamRole;
import vn.langso.web.faces.Pages;
import vn.langso.web.i18n.Messages;

/** Adds the member found with {@link MemberPickBacking} to the team, in a role, from a date. */
@Named
@ViewScoped
public class RosterAddBacking implements Serializable {

    private static final Map<String, String> INPUTS =
            Map.of("member", "addForm:candidate", "startedOn", "addForm:startedOn");

    @Inject
    Rosters rosters;

    @Inject
    TeamBacking page;

    @Inject
    MemberPickBacking pick;

    private TeamRole role;
    private LocalDate startedOn;

    public void start() {
        pick.clear();
        role = TeamRole.MEMBER;
        startedOn = Pages.today();
    }

    public void add() {
        try {
            if (pick.getMemberId() == null) {
                throw new InvalidInputException("member", "org.roster.chooseMember");
            }
            MembershipView added = rosters.add(page.getTeam().id(), pick.getMemberId(), role, startedOn);
            page.reload();
            Messages.info("org.roster.added", added.memberName());
        } catch (BusinessException refusal) {
            Pages.refuse(refusal, INPUTS);
        }
    }

    public TeamRole getRole() {
        return role;
    }

    public void setRole(TeamRole role) {
        this.role = role;
    }

    public LocalDate getStartedOn() {
        return startedOn;
    }

    public void setStartedOn(LocalDate startedOn) {
        this.startedOn = startedOn;
    }
}
