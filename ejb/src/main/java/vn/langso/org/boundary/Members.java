package vn.langso.org.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Map;
import vn.langso.accounts.boundary.CallerContext;
import vn.langso.kernel.AreaScope;
import vn.langso.kernel.InvalidInputException;
import vn.langso.kernel.ListQuery;
import vn.langso.kernel.NotFoundException;
import vn.langso.kernel.Page;
import vn.langso.kernel.PageRequest;
import vn.langso.kernel.SearchKey;
import vn.langso.org.control.CallerRecords;
import vn.langso.org.control.TeamLeadership;
import vn.langso.org.entity.AdminUnit;
import vn.langso.org.entity.Member;

/**
 * Team members of the caller's area: those whose current team is in it; for a team leader, those of the teams he
 * leads. Members in no team are an admin's to see. Phone numbers are unique: they are how a person is recognised,
 * also by the CSV import.
 */
@Stateless
@RolesAllowed({"ADMIN", "COORDINATOR", "TEAM_LEADER"})
public class Members {

    static final String VIEW = "select new vn.langso.org.boundary.MemberView(p.id, p.fullName, p.phone, p.email,"
            + " p.birthYear, p.gender, p.affiliation, t.id, t.name, m.teamRole, u.name)";
    static final String FROM = "from Member p left join TeamMembership m on m.member = p and m.endedOn is null"
            + " left join m.team t left join t.unit u";
    static final Map<String, String> SORTABLE =
            Map.of("fullName", "p.fullName", "phone", "p.phone", "teamName", "t.name", "teamRole", "m.teamRole");

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    CallerContext callers;

    @Inject
    CallerRecords records;

    @Inject
    TeamLeadership leadership;

    public Page<MemberView> list(MemberFilter filter, PageRequest request) {
        AreaScope area = callerArea();
        ListQuery<MemberView> query = new ListQuery<>(VIEW, FROM, SORTABLE, "p.id");
        if (!area.isEverywhere()) {
            query.where("u.path like :area", "area", area.pathPattern());
        }
        if (TeamLeadership.seesOnlyTheTeamsHeLeads(session)) {
            query.where("t.id in :led", "led", leadership.teamsLedBy(callerName()));
        }
        if (filter.teamId() != null) {
            records.team(session.getCallerPrincipal().getName(), filter.teamId());
            query.where("t.id = :team", "team", filter.teamId());
        }
        if (filter.unitId() != null) {
            AdminUnit unit = em.find(AdminUnit.class, filter.unitId());
            if (unit == null || !area.includes(unit.getPath())) {
                throw new NotFoundException();
            }
            query.where("u.path like :subtree", "subtree", unit.getPath() + "%");
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            String text = filter.text().trim();
            if (text.matches("[0-9 ]+")) {
                query.where("p.phone like :phone", "phone", "%" + text.replace(" ", "") + "%");
            } else {
                query.where("p.searchKey like :text", "text", SearchKey.containing(text));
            }
        }
        return query.page(em, MemberView.class, request);
    }

    public MemberView find(long id) {
        List<MemberView> found = em.createQuery(VIEW + " " + FROM + " where p.id = :id", MemberView.class)
                .setParameter("id", id)
                .getResultList();
        if (found.isEmpty() || !visible(id)) {
            throw new NotFoundException();
        }
        return found.get(0);
    }

    /** The teams of the caller's area that the member was and is in, most recent first. */
    public List<MembershipView> memberships(long memberId) {
        if (!visible(memberId)) {
            throw new NotFoundException();
        }
        return em.createQuery(
                        Rosters.VIEW + " where p.id = :member and t.unit.path like :area"
                                + " order by m.startedOn desc, m.id desc",
                        MembershipView.class)
                .setParameter("member", memberId)
                .setParameter("area", callerArea().pathPattern())
                .getResultList();
    }

    @RolesAllowed("ADMIN")
    public MemberView create(MemberDetails details) {
        requireFreePhone(details.phone(), null);
        Member member = new Member(details.fullName().trim(), details.phone());
        apply(member, details);
        em.persist(member);
        em.flush();
        return find(member.getId());
    }

    @RolesAllowed({"ADMIN", "TEAM_LEADER"})
    public MemberView update(long id, MemberDetails details) {
        MemberView current = find(id);
        if (!session.isCallerInRole("ADMIN") && !leaderOf(current.teamId())) {
            throw new NotFoundException();
        }
        requireFreePhone(details.phone(), id);
        apply(em.find(Member.class, id), details);
        return find(id);
    }

    private boolean leaderOf(Long teamId) {
        return teamId != null
                && session.isCallerInRole("TEAM_LEADER")
                && leadership.leads(session.getCallerPrincipal().getName(), teamId);
    }

    private void apply(Member member, MemberDetails details) {
        member.setFullName(details.fullName().trim());
        member.setPhone(details.phone());
        member.setEmail(
                details.email() == null || details.email().isBlank()
                        ? null
                        : details.email().trim());
        member.setBirthYear(details.birthYear());
        member.setGender(details.gender());
        member.setAffiliation(details.affiliation());
    }

    private void requireFreePhone(String phone, Long exceptMemberId) {
        if (phone == null || !phone.matches(Member.MOBILE_PHONE)) {
            throw new InvalidInputException("phone", "member.phoneFormat");
        }
        List<Long> holders = em.createQuery("select p.id from Member p where p.phone = :phone", Long.class)
                .setParameter("phone", phone)
                .getResultList();
        if (holders.stream().anyMatch(holder -> !holder.equals(exceptMemberId))) {
            throw new InvalidInputException("phone", "member.phoneTaken", phone);
        }
    }

    private boolean visible(long memberId) {
        AreaScope area = callerArea();
        if (area.isEverywhere()) {
            return em.find(Member.class, memberId) != null;
        }
        boolean ownTeamsOnly = TeamLeadership.seesOnlyTheTeamsHeLeads(session);
        TypedQuery<Long> query = em.createQuery(
                        "select m.id from TeamMembership m where m.member.id = :member and m.endedOn is null"
                                + " and m.team.unit.path like :area" + (ownTeamsOnly ? " and m.team.id in :led" : ""),
                        Long.class)
                .setParameter("member", memberId)
                .setParameter("area", area.pathPattern());
        if (ownTeamsOnly) {
            query.setParameter("led", leadership.teamsLedBy(callerName()));
        }
        return !query.getResultList().isEmpty();
    }

    private String callerName() {
        return session.getCallerPrincipal().getName();
    }

    private AreaScope callerArea() {
        return callers.current().area();
    }
}
