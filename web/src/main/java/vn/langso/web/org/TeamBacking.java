package vn.langso.web.org;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import vn.langso.kernel.NotFoundException;
import vn.langso.org.boundary.MembershipView;
import vn.langso.org.boundary.Rosters;
import vn.langso.org.boundary.TeamView;
import vn.langso.org.boundary.Teams;
import vn.langso.org.entity.TeamRole;
import vn.langso.web.faces.Pages;

/** A team's page (team.xhtml?id=): its header, its roster now and who was ever in it. */
@Named
@ViewScoped
public class TeamBacking implements Serializable {

    @Inject
    Teams teams;

    @Inject
    Rosters rosters;

    private String id;
    private TeamView team;
    private List<MembershipView> roster = List.of();
    private List<MembershipView> history = List.of();
    private boolean mayEdit;
    private boolean reachesMembers;

    /** A team outside the caller's area answers exactly like one that does not exist. */
    public void open() {
        Long teamId = Pages.id(id);
        try {
            if (teamId == null) {
                throw new NotFoundException();
            }
            load(teamId);
        } catch (NotFoundException | EJBAccessException e) {
            Pages.notFound();
        }
    }

    /** Reads the team again after a change on the page. */
    public void reload() {
        load(team.id());
    }

    private void load(long teamId) {
        team = teams.find(teamId);
        roster = rosters.roster(teamId);
        history = rosters.history(teamId);
        mayEdit = rosters.callerMayEdit(teamId);
        reachesMembers = rosters.callerReachesMembers(teamId);
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public TeamView getTeam() {
        return team;
    }

    public List<MembershipView> getRoster() {
        return roster;
    }

    public List<MembershipView> getHistory() {
        return history;
    }

    public boolean isMayEdit() {
        return mayEdit;
    }

    public boolean isReachesMembers() {
        return reachesMembers;
    }

    public List<TeamRole> getRoles() {
        return List.of(TeamRole.values());
    }
}
