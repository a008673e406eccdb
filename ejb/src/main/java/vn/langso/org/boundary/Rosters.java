package vn.langso.org.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import vn.langso.kernel.InvalidInputException;
import vn.langso.kernel.NotFoundException;
import vn.langso.org.control.CallerRecords;
import vn.langso.org.control.TeamLeadership;
import vn.langso.org.entity.Member;
import vn.langso.org.entity.Team;
import vn.langso.org.entity.TeamMembership;
import vn.langso.org.entity.TeamRole;

/**
 * Who is in a team. An admin changes any roster, a team leader the roster of the team they lead; a member is in at
 * most one team at a time, and leaving ends a membership rather than deleting it.
 */
@Stateless
@RolesAllowed({"ADMIN", "COORDINATOR", "TEAM_LEADER"})
public class Rosters {

    static final String VIEW = "select new vn.langso.org.boundary.MembershipView(m.id, t.id, t.name, p.id,"
            + " p.fullName, p.phone, m.teamRole, m.startedOn, m.endedOn)"
            + " from TeamMembership m join m.team t join m.member p";

    /** Roles are stored as text, whose order would put the deputy before the leader. */
    static final String LEADER_FIRST = "case m.teamRole when vn.langso.org.entity.TeamRole.LEADER then 0"
            + " when vn.langso.org.entity.TeamRole.DEPUTY then 1 else 2 end";

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    CallerRecords records;

    @Inject
    TeamLeadership leadership;

    /** The team's members now, leader first. */
    public List<MembershipView> roster(long teamId) {
        records.team(session.getCallerPrincipal().getName(), teamId);
        return withPhonesIfAllowed(
                teamId,
                em.createQuery(
                                VIEW + " where t.id = :team and m.endedOn is null order by " + LEADER_FIRST
                                        + ", p.fullName",
                                MembershipView.class)
                        .setParameter("team", teamId)
                        .getResultList());
    }

    /** Everyone who was ever in the team, most recent first. */
    public List<MembershipView> history(long teamId) {
        records.team(session.getCallerPrincipal().getName(), teamId);
        return withPhonesIfAllowed(
                teamId,
                em.createQuery(VIEW + " where t.id = :team order by m.startedOn desc, m.id desc", MembershipView.class)
                        .setParameter("team", teamId)
                        .getResultList());
    }

    /**
     * Whether the caller may reach the team's members: their phones and pages. Another team of his commune is a
     * leader's to see, its members are not (see {@link TeamLeadership}).
     */
    public boolean callerReachesMembers(long teamId) {
        return !TeamLeadership.seesOnlyTheTeamsHeLeads(session)
                || leadership.leads(session.getCallerPrincipal().getName(), teamId);
    }

    private List<MembershipView> withPhonesIfAllowed(long teamId, List<MembershipView> memberships) {
        return callerReachesMembers(teamId)
                ? memberships
                : memberships.stream().map(MembershipView::withoutPhone).toList();
    }

    public boolean callerMayEdit(long teamId) {
        Team team = records.team(session.getCallerPrincipal().getName(), teamId);
        return session.isCallerInRole("ADMIN") || leadsTeam(team);
    }

    public MembershipView add(long teamId, long memberId, TeamRole role, LocalDate startedOn) {
        Team team = editableTeam(teamId);
        Member member = em.find(Member.class, memberId);
        if (member == null) {
            throw new InvalidInputException("member", "roster.memberUnknown");
        }
        if (!em.createQuery("select m.id from TeamMembership m where m.member = :member and m.endedOn is null")
                .setParameter("member", member)
                .getResultList()
                .isEmpty()) {
            throw new InvalidInputException("member", "roster.alreadyInATeam");
        }
        TeamMembership membership = new TeamMembership(team, member, role, startedOn);
        em.persist(membership);
        em.flush();
        return view(membership.getId());
    }

    public MembershipView changeRole(long membershipId, TeamRole role) {
        TeamMembership membership = editableMembership(membershipId);
        membership.changeRole(role);
        return view(membershipId);
    }

    public MembershipView end(long membershipId, LocalDate endedOn) {
        TeamMembership membership = editableMembership(membershipId);
        if (!membership.isOpen()) {
            throw new InvalidInputException("membership", "roster.alreadyEnded");
        }
        if (endedOn.isBefore(membership.getStartedOn())) {
            throw new InvalidInputException("endedOn", "roster.endBeforeStart");
        }
        membership.end(endedOn);
        return view(membershipId);
    }

    private TeamMembership editableMembership(long membershipId) {
        TeamMembership membership = em.find(TeamMembership.class, membershipId);
        if (membership == null) {
            throw new NotFoundException();
        }
        editableTeam(membership.getTeam().getId());
        return membership;
    }

    private Team editableTeam(long teamId) {
        Team team = records.team(session.getCallerPrincipal().getName(), teamId);
        if (!session.isCallerInRole("ADMIN") && !leadsTeam(team)) {
            throw new EJBAccessException("Only an admin or the team's leader changes its roster");
        }
        return team;
    }

    private boolean leadsTeam(Team team) {
        return session.isCallerInRole("TEAM_LEADER")
                && leadership.leads(session.getCallerPrincipal().getName(), team.getId());
    }

    private MembershipView view(long membershipId) {
        return em.createQuery(VIEW + " where m.id = :id", MembershipView.class)
                .setParameter("id", membershipId)
                .getSingleResult();
    }
}
