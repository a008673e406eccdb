package vn.langso.demo.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.langso.demo.control.TienGiangShape.Level;
import vn.langso.demo.control.TienGiangShape.Member;
import vn.langso.demo.control.TienGiangShape.Membership;
import vn.langso.demo.control.TienGiangShape.Plan;
import vn.langso.demo.control.TienGiangShape.Team;
import vn.langso.demo.control.TienGiangShape.TeamRole;
import vn.langso.demo.control.TienGiangShape.Unit;

class TienGiangShapeTest {

    private static final Plan PLAN = TienGiangShape.plan();

    @Test
    void provinceIsTienGiangWithItsElevenRealDistricts() {
        Unit province = PLAN.units().get(0);
        assertThat(province.code()).isEqualTo("82");
        assertThat(province.name()).isEqualTo("Tiền Giang");
        assertThat(province.typeLabel()).isEqualTo("Tỉnh");
        assertThat(PLAN.unitsAt(Level.PROVINCE)).hasSize(1);
        assertThat(PLAN.unitsAt(Level.DISTRICT))
                .extracting(unit -> unit.typeLabel() + " " + unit.name())
                .containsExactlyInAnyOrder(
                        "thành phố Mỹ Tho",
                        "thị xã Gò Công",
                        "thị xã Cai Lậy",
                        "huyện Cái Bè",
                        "huyện Cai Lậy",
                        "huyện Châu Thành",
                        "huyện Chợ Gạo",
                        "huyện Gò Công Tây",
                        "huyện Gò Công Đông",
                        "huyện Tân Phước",
                        "huyện Tân Phú Đông");
        assertThat(PLAN.unitsAt(Level.DISTRICT)).allSatisfy(district -> {
            assertThat(district.code()).matches("8(1[5-9]|2[0-5])");
            assertThat(district.parentRef()).isEqualTo(province.ref());
        });
    }

    @Test
    void hasOneHundredSeventyCommunesWithFiveDigitCodes() {
        List<Unit> communes = PLAN.unitsAt(Level.COMMUNE);
        assertThat(communes).hasSize(170);
        assertThat(communes).extracting(Unit::code).allMatch(code -> code.matches("\\d{5}"));
        assertThat(communes).extracting(Unit::typeLabel).containsOnly("xã", "phường", "thị trấn");
    }

    @Test
    void everyRuralDistrictHasOneTownAndOnlyTheCityAndTownsHaveWards() {
        Map<Integer, Unit> byRef = byRef();
        Map<String, List<Unit>> communesOfDistrict = PLAN.unitsAt(Level.COMMUNE).stream()
                .collect(Collectors.groupingBy(
                        commune -> byRef.get(commune.parentRef()).typeLabel() + " "
                                + byRef.get(commune.parentRef()).name()));
        communesOfDistrict.forEach((district, communes) -> {
            long towns = communes.stream()
                    .filter(c -> c.typeLabel().equals("thị trấn"))
                    .count();
            long wards = communes.stream()
                    .filter(c -> c.typeLabel().equals("phường"))
                    .count();
            if (district.startsWith("huyện")) {
                assertThat(towns).as(district).isEqualTo(1);
                assertThat(wards).as(district).isZero();
            } else {
                assertThat(towns).as(district).isZero();
                assertThat(wards).as(district).isPositive();
            }
        });
    }

    @Test
    void everyCommuneHasThreeToFiveHamletsCodedAfterIt() {
        Map<Integer, Long> hamletsOfCommune = PLAN.unitsAt(Level.VILLAGE).stream()
                .collect(Collectors.groupingBy(Unit::parentRef, Collectors.counting()));
        assertThat(hamletsOfCommune).hasSize(170);
        assertThat(hamletsOfCommune.values())
                .allSatisfy(count -> assertThat(count).isBetween(3L, 5L));
        Map<Integer, Unit> byRef = byRef();
        assertThat(PLAN.unitsAt(Level.VILLAGE)).allSatisfy(hamlet -> {
            Unit commune = byRef.get(hamlet.parentRef());
            assertThat(hamlet.code()).matches(commune.code() + "-\\d{2}");
            assertThat(hamlet.typeLabel()).isEqualTo(commune.typeLabel().equals("phường") ? "khu phố" : "ấp");
        });
    }

    @Test
    void provinceHasAboutHalfAMillionHouseholds() {
        assertThat((double) PLAN.households()).isCloseTo(500_000, within(10_000.0));
    }

    @Test
    void householdsOfEveryParentAreTheSumOfItsChildren() {
        Map<Integer, Integer> sums = new HashMap<>();
        PLAN.units().stream()
                .filter(unit -> unit.parentRef() != 0)
                .forEach(unit -> sums.merge(unit.parentRef(), unit.households(), Integer::sum));
        assertThat(PLAN.units()).allSatisfy(unit -> {
            if (unit.level() == Level.VILLAGE) {
                assertThat(unit.households()).isPositive();
            } else {
                assertThat(unit.households()).as(unit.name()).isEqualTo(sums.get(unit.ref()));
            }
        });
    }

    @Test
    void parentsComeBeforeTheirChildren() {
        assertThat(PLAN.units()).allSatisfy(unit -> assertThat(unit.parentRef()).isLessThan(unit.ref()));
        assertThat(PLAN.units()).extracting(Unit::code).doesNotHaveDuplicates();
    }

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
        assertThat(teamsPerLevel.get(Level.COMMUNE)).isEqualTo(170);
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
        TienGiangShape.DemoPeople demo = PLAN.demo();
        Map<Integer, Unit> byRef = byRef();
        assertThat(byRef.get(demo.choGaoDistrictRef()).name()).isEqualTo("Chợ Gạo");
        assertThat(byRef.get(demo.choGaoDistrictRef()).level()).isEqualTo(Level.DISTRICT);
        assertThat(byRef.get(demo.leaderTeamUnitRef()).parentRef()).isEqualTo(demo.choGaoDistrictRef());
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

    @Test
    void twoPlansAreIdentical() {
        assertThat(TienGiangShape.plan()).isEqualTo(PLAN);
    }

    @Test
    void noDateLiesAfterAnEarlyToday() {
        LocalDate today = LocalDate.of(2022, 6, 1);
        Plan early = TienGiangShape.plan(today);
        assertThat(early.teams()).extracting(Team::foundedOn).allMatch(date -> !date.isAfter(today));
        assertThat(early.memberships()).hasSameSizeAs(PLAN.memberships());
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
