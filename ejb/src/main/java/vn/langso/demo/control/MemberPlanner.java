package vn.langso.demo.control;

import static vn.langso.demo.control.TienGiangShape.MEMBERS;
import static vn.langso.demo.control.TienGiangShape.MOVERS;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.langso.demo.control.ProvincePlan.DemoPeople;
import vn.langso.demo.control.ProvincePlan.Member;
import vn.langso.demo.control.ProvincePlan.Membership;
import vn.langso.demo.control.ProvincePlan.Team;
import vn.langso.demo.control.ProvincePlan.TeamRole;
import vn.langso.demo.control.VietnameseNames.Gender;
import vn.langso.demo.control.VietnameseNames.Person;

/**
 * The members of the planned teams, slot by slot: the first of a team leads it, the second is its deputy. Some
 * plain members came from another team of their district; their earlier membership is kept, ended.
 */
final class MemberPlanner {

    private static final int MOVER_NOTICE_DAYS = 15;

    /** The members and memberships of a plan, and the demo people among them. */
    record Staffing(List<Member> members, List<Membership> memberships, DemoPeople demo) {}

    private final DemoRandom random;
    private final List<TeamDraft> drafts;

    /** @param drafts the teams as {@link TeamPlanner#draft} gives them, in the order of their refs */
    MemberPlanner(DemoRandom random, List<TeamDraft> drafts) {
        this.random = random;
        this.drafts = drafts;
    }

    /**
     * @param teams the drafts' teams, with the dates that are written
     * @param sizes the number of members of each team, as {@link TeamPlanner#sizes} gives them
     * @param demoCommune the commune whose team the demo leader leads
     */
    Staffing staff(List<Team> teams, int[] sizes, UnitNode demoCommune) {
        List<Member> members = new ArrayList<>(MEMBERS);
        List<TeamRole> roles = new ArrayList<>(MEMBERS);
        List<Integer> teamOf = new ArrayList<>(MEMBERS);
        int leader = 0;
        int memberOfLeadersTeam = 0;
        for (int t = 0; t < drafts.size(); t++) {
            TeamDraft draft = drafts.get(t);
            boolean demoTeam = draft.unit() == demoCommune;
            for (int slot = 0; slot < sizes[t]; slot++) {
                TeamRole role = slot == 0 ? TeamRole.LEADER : slot == 1 ? TeamRole.DEPUTY : TeamRole.MEMBER;
                Person person = person(draft, slot, demoTeam);
                int ref = members.size() + 1;
                members.add(new Member(
                        ref,
                        person.fullName(),
                        random.names().phone(),
                        person.birthYear(),
                        person.gender(),
                        person.affiliation()));
                roles.add(role);
                teamOf.add(t);
                if (demoTeam && slot == 0) {
                    leader = ref;
                } else if (demoTeam && slot == 2) {
                    memberOfLeadersTeam = ref;
                }
            }
        }
        Map<Integer, Integer> previousTeam = movers(roles, teamOf, Set.of(leader, memberOfLeadersTeam));
        List<Membership> memberships = new ArrayList<>(MEMBERS + MOVERS);
        for (int m = 0; m < members.size(); m++) {
            Team team = teams.get(teamOf.get(m));
            Integer previous = previousTeam.get(m);
            if (previous != null) {
                Team before = teams.get(previous);
                memberships.add(new Membership(
                        before.ref(),
                        m + 1,
                        TeamRole.MEMBER,
                        before.foundedOn(),
                        team.foundedOn().minusDays(1)));
            }
            memberships.add(new Membership(team.ref(), m + 1, roles.get(m), team.foundedOn(), null));
        }
        DemoPeople demo = new DemoPeople(demoCommune.parent.ref, leader, demoCommune.ref, memberOfLeadersTeam);
        return new Staffing(List.copyOf(members), List.copyOf(memberships), demo);
    }

    private Person person(TeamDraft draft, int slot, boolean demoTeam) {
        if (demoTeam && slot == 0) {
            return new Person("Lê Văn Hùng", Gender.MALE, 1979, VietnameseNames.TEACHER);
        }
        if (demoTeam && slot == 2) {
            return new Person("Phạm Thị Mai", Gender.FEMALE, 1994, VietnameseNames.YOUTH_UNION);
        }
        VietnameseNames names = random.names();
        return slot == 0 && draft.leaderRole() != null ? names.person(draft.leaderRole()) : names.person();
    }

    /**
     * Members (index) who came from another team of their district (index): plain members of teams founded in
     * Q3 2022 or earlier, who left their earlier team the day before joining the current one.
     */
    private Map<Integer, Integer> movers(List<TeamRole> roles, List<Integer> teamOf, Set<Integer> demoRefs) {
        Map<UnitNode, List<Integer>> teamsOfDistrict = new HashMap<>();
        for (int t = 0; t < drafts.size(); t++) {
            if (!drafts.get(t).late()) {
                teamsOfDistrict
                        .computeIfAbsent(drafts.get(t).district(), d -> new ArrayList<>())
                        .add(t);
            }
        }
        List<Integer> candidates = new ArrayList<>();
        for (int m = 0; m < roles.size(); m++) {
            TeamDraft draft = drafts.get(teamOf.get(m));
            if (roles.get(m) == TeamRole.MEMBER && !draft.late() && !demoRefs.contains(m + 1)) {
                candidates.add(m);
            }
        }
        random.shuffle(candidates);
        Map<Integer, Integer> previous = new HashMap<>();
        for (int i = 0; i < candidates.size() && previous.size() < MOVERS; i++) {
            int m = candidates.get(i);
            TeamDraft current = drafts.get(teamOf.get(m));
            List<Integer> neighbours = teamsOfDistrict.get(current.district());
            for (int attempt = 0; attempt < 20; attempt++) {
                int t = neighbours.get(random.nextInt(neighbours.size()));
                if (!drafts.get(t).founded().isAfter(current.founded().minusDays(MOVER_NOTICE_DAYS))) {
                    previous.put(m, t);
                    break;
                }
            }
        }
        return previous;
    }
}
