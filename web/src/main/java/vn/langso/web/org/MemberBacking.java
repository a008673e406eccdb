package vn.langso.web.org;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import vn.langso.kernel.NotFoundException;
import vn.langso.org.boundary.MemberView;
import vn.langso.org.boundary.Members;
import vn.langso.org.boundary.MembershipView;
import vn.langso.org.boundary.Rosters;
import vn.langso.web.faces.Pages;

/** A member's page (member.xhtml?id=): details, current team, and every team they were in. */
@Named
@ViewScoped
public class MemberBacking implements Serializable {

    @Inject
    Members members;

    @Inject
    Rosters rosters;

    private String id;
    private MemberView member;
    private List<MembershipView> memberships = List.of();
    private boolean mayEdit;

    /** A member outside the caller's area answers exactly like one that does not exist. */
    public void open() {
        Long memberId = Pages.id(id);
        try {
            if (memberId == null) {
                throw new NotFoundException();
            }
            load(memberId);
        } catch (NotFoundException | EJBAccessException e) {
            Pages.notFound();
        }
    }

    public void reload() {
        load(member.id());
    }

    private void load(long memberId) {
        member = members.find(memberId);
        memberships = members.memberships(memberId);
        // An admin edits anyone; a team leader the members of the team they lead, as Members.update allows.
        mayEdit = member.teamId() == null ? isAdmin() : rosters.callerMayEdit(member.teamId());
    }

    private static boolean isAdmin() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole("ADMIN");
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public MemberView getMember() {
        return member;
    }

    public List<MembershipView> getMemberships() {
        return memberships;
    }

    public boolean isMayEdit() {
        return mayEdit;
    }
}
