package vn.langso.demo.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.langso.demo.control.ProvincePlan.DemoPeople;
import vn.langso.demo.control.ProvincePlan.Level;
import vn.langso.demo.control.ProvincePlan.Member;
import vn.langso.demo.control.ProvincePlan.Membership;
import vn.langso.demo.control.ProvincePlan.Team;
import vn.langso.demo.control.ProvincePlan.TeamRole;
import vn.langso.demo.control.ProvincePlan.Unit;

/** The teams, members and memberships of {@link TienGiangShape#plan()}. */
class TienGiangShapeTeamsTest {

    private static final ProvincePlan PLAN = TienGiangShape.plan();

    @Test
    void plansTheTeamsAndMembersOfApril2023() {
        assertThat(PLAN.teams()).hasSize(1_264);
        assertThat(PLAN.members()).hasSize(8_123);
        assertThat(PLAN.teams()).extracting(Team::foundedOn).allSatisfy(date -> assertThat(date)
                .isBetween(LocalDate.of(2022, 3, 1), LocalDate.of(2023, 4, 30)));
    }

    @Test
    void everyCommuneHasItsOwnTeamAndTheOtherTeamsBelongToHamlets() {
        Map<Integer, Unit> byRef = byRef();
        Map<Level, Long> teamsPerLevel = PLAN.teams().stream()
                .collect(Collectors.groupingBy(team -> byRef.get(team.unitRef()).level(), Collectors.counting()));
        assertThat(teamsPerLevel).containsOnlyKeys(Level.COMMUNE, Level.VILLAGE);
        assertThat(teamsPerLevel.get(Level.COMMUNE)).isEqualTo(164);
        assertThat(PLAN.teams().stream().map(Team::unitRef).collect(Collectors.toSet()))
                .containsAll(PLAN.units().stream()
                        .filter(unit -> unit.level() == Level.COMMUNE || unit.level() == Level.VILLAGE)
                        .map(Unit::ref)
                        .toList());
        assertThat(PLAN.teams())
                .filteredOn(team -> byRef.get(team.unitRef()).level() == Level.COMMUNE)
                .allSatisfy(team -> assertThat(team.name()).startsWith("Tổ công nghệ số cộng đồng "));
    }

    @Test
    void q3Of2022HadTwelveHundredFiftyTeamsWithEightThousandFourteenMembers() {
        LocalDate endOfQ3 = LocalDate.of(2022, 9, 30);
        assertThat(PLAN.teams())
                .filteredOn(team -> !team.foundedOn().isAfter(endOfQ3))
                .hasSize(1_250);
        Set<Integer> membersThen = PLAN.memberships().stream()
                .filter(membership -> !membership.startedOn().isAfter(endOfQ3))
                .filter(membership ->
                        membership.endedOn() == null || !membership.endedOn().isBefore(endOfQ3))
                .map(Membership::memberRef)
                .collect(Collectors.toSet());
        assertThat(membersThen).hasSize(8_014);
    }

    @Test
    void everyTeamHasFourToNineMembersWithOneLeaderAndOneDeputy() {
        Map<Integer, List<Membership>> openByTeam = PLAN.memberships().stream()
                .filter(membership -> membership.endedOn() == null)
                .collect(Collectors.groupingBy(Membership::teamRef));
        assertThat(openByTeam).hasSize(1_264);
        assertThat(openByTeam.values()).allSatisfy(memberships -> {
            assertThat(memberships).hasSizeBetween(4, 9);
            assertThat(memberships).filteredOn(m -> m.role() == TeamRole.LEADER).hasSize(1);
            assertThat(memberships).filteredOn(m -> m.role() == TeamRole.DEPUTY).hasSize(1);
        });
        Map<Integer, Team> teams = PLAN.teams().stream().collect(Collectors.toMap(Team::ref, Function.identity()));
        assertThat(openByTeam.values().stream().flatMap(List::stream)).allSatisfy(m -> assertThat(m.startedOn())
                .isEqualTo(teams.get(m.teamRef()).foundedOn()));
    }

    @Test
    void everyMemberHasExactlyOneOpenMembershipAndSomeMovedFromAnotherTeam() {
        Map<Integer, Long> open = PLAN.memberships().stream()
                .filter(membership -> membership.endedOn() == null)
                .collect(Collectors.groupingBy(Membership::memberRef, Collectors.counting()));
        assertThat(open).hasSize(8_123);
        assertThat(open.values()).containsOnly(1L);
        List<Membership> closed = PLAN.memberships().stream()
                .filter(membership -> membership.endedOn() != null)
                .toList();
        assertThat(closed).hasSizeBetween(250, 300);
        Map<Integer, Membership> openOfMember = PLAN.memberships().stream()
                .filter(membership -> membership.endedOn() == null)
                .collect(Collectors.toMap(Membership::memberRef, Function.identity()));
        assertThat(closed).allSatisfy(before -> {
            Membership now = openOfMember.get(before.memberRef());
            assertThat(before.teamRef()).isNotEqualTo(now.teamRef());
            assertThat(before.endedOn()).isAfterOrEqualTo(before.startedOn()).isBefore(now.startedOn());
        });
    }

    @Test
    void demoLeaderAndMemberShareATeamOfAChoGaoCommune() {
        DemoPeople demo = PLAN.demo();
        Map<Integer, Unit> byRef = byRef();
        assertThat(byRef.get(demo.choGaoDistrictRef()).name()).isEqualTo("Chợ Gạo");
        assertThat(byRef.get(demo.choGaoDistrictRef()).level()).isEqualTo(Level.DISTRICT);
        assertThat(byRef.get(demo.leaderTeamUnitRef()).parentRef()).isEqualTo(demo.choGaoDistrictRef());
        Unit town = byRef.get(demo.leaderTeamUnitRef());
        assertThat(town.code() + " " + town.typeLabel() + " " + town.name()).isEqualTo("28594 thị trấn Chợ Gạo");
        Member leader = PLAN.members().get(demo.leaderMemberRef() - 1);
        Member member = PLAN.members().get(demo.memberInSameTeamRef() - 1);
        assertThat(leader.fullName()).isEqualTo("Lê Văn Hùng");
        assertThat(member.fullName()).isEqualTo("Phạm Thị Mai");
        Membership leadership = openMembershipOf(demo.leaderMemberRef());
        Membership membership = openMembershipOf(demo.memberInSameTeamRef());
        assertThat(leadership.role()).isEqualTo(TeamRole.LEADER);
        assertThat(membership.role()).isEqualTo(TeamRole.MEMBER);
        assertThat(membership.teamRef()).isEqualTo(leadership.teamRef());
        assertThat(PLAN.teams().get(leadership.teamRef() - 1).unitRef()).isEqualTo(demo.leaderTeamUnitRef());
    }

    @Test
    void phonesAreUniqueVietnameseMobileNumbers() {
        assertThat(PLAN.members())
                .extracting(Member::phone)
                .doesNotHaveDuplicates()
                .allMatch(phone -> phone.matches("0[35789][0-9]{8}"));
    }

    private static Membership openMembershipOf(int memberRef) {
        return PLAN.memberships().stream()
                .filter(m -> m.memberRef() == memberRef && m.endedOn() == null)
                .findFirst()
                .orElseThrow();
    }

    private static Map<Integer, Unit> byRef() {
        return PLAN.units().stream().collect(Collectors.toMap(Unit::ref, Function.identity()));
    }
}
