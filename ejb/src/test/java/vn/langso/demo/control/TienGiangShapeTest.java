package vn.langso.demo.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.langso.demo.control.ProvincePlan.Level;
import vn.langso.demo.control.ProvincePlan.Team;
import vn.langso.demo.control.ProvincePlan.Unit;

/** The province's units and households, and the plan as a whole; teams and members: {@link TienGiangShapeTeamsTest}. */
class TienGiangShapeTest {

    private static final ProvincePlan PLAN = TienGiangShape.plan();

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
                        "thành phố Gò Công",
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
    void hasTheOneHundredSixtyFourRealCommunesOfMarch2025() {
        List<Unit> communes = PLAN.unitsAt(Level.COMMUNE);
        assertThat(communes).hasSize(164).hasSize(TienGiangShape.COMMUNES);
        assertThat(communes).extracting(Unit::code).allMatch(code -> code.matches("\\d{5}"));
        Map<String, Long> perType =
                communes.stream().collect(Collectors.groupingBy(Unit::typeLabel, Collectors.counting()));
        assertThat(perType).containsExactlyInAnyOrderEntriesOf(Map.of("phường", 21L, "thị trấn", 8L, "xã", 135L));
        Map<Integer, Unit> byRef = byRef();
        assertThat(communes)
                .extracting(commune -> commune.code() + " " + commune.typeLabel() + " " + commune.name() + ", "
                        + byRef.get(commune.parentRef()).name())
                .contains(
                        "28249 phường 5, Mỹ Tho",
                        "28594 thị trấn Chợ Gạo, Chợ Gạo",
                        "28648 xã Bình Ninh, Chợ Gạo",
                        "28360 thị trấn Cái Bè, Cái Bè",
                        "28291 xã Tân Mỹ Chánh, Mỹ Tho");
    }

    @Test
    void communesAreThoseOfTheUnitsFileInItsOrder() {
        List<String> listed = UnitTreePlanner.rows().stream()
                .filter(row -> row.level().equals("commune"))
                .map(row -> row.code() + " " + row.name())
                .toList();
        assertThat(PLAN.unitsAt(Level.COMMUNE))
                .extracting(commune -> commune.code() + " " + capitalised(commune.typeLabel()) + " " + commune.name())
                .containsExactlyElementsOf(listed);
    }

    @Test
    void onlyRuralDistrictsHaveTownsAndOnlyUrbanOnesHaveWards() {
        Map<Integer, Unit> byRef = byRef();
        Map<String, List<Unit>> communesOfDistrict = PLAN.unitsAt(Level.COMMUNE).stream()
                .collect(Collectors.groupingBy(
                        commune -> byRef.get(commune.parentRef()).typeLabel() + " "
                                + byRef.get(commune.parentRef()).name()));
        assertThat(communesOfDistrict).hasSize(11);
        communesOfDistrict.forEach((district, communes) -> {
            long towns = communes.stream()
                    .filter(c -> c.typeLabel().equals("thị trấn"))
                    .count();
            long wards = communes.stream()
                    .filter(c -> c.typeLabel().equals("phường"))
                    .count();
            if (district.startsWith("huyện")) {
                assertThat(wards).as(district).isZero();
            } else {
                assertThat(towns).as(district).isZero();
                assertThat(wards).as(district).isPositive();
            }
        });
        // Tân Phú Đông has no town; Gò Công Đông has two (Tân Hòa, Vàm Láng).
        assertThat(communesOfDistrict.get("huyện Tân Phú Đông"))
                .extracting(Unit::typeLabel)
                .containsOnly("xã");
        assertThat(communesOfDistrict.get("huyện Gò Công Đông"))
                .filteredOn(c -> c.typeLabel().equals("thị trấn"))
                .extracting(Unit::name)
                .containsExactly("Tân Hòa", "Vàm Láng");
    }

    @Test
    void everyCommuneHasThreeToFiveHamletsCodedAfterIt() {
        Map<Integer, Long> hamletsOfCommune = PLAN.unitsAt(Level.VILLAGE).stream()
                .collect(Collectors.groupingBy(Unit::parentRef, Collectors.counting()));
        assertThat(hamletsOfCommune).hasSize(164);
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
    void twoPlansAreIdentical() {
        assertThat(TienGiangShape.plan()).isEqualTo(PLAN);
    }

    @Test
    void noDateLiesAfterAnEarlyToday() {
        LocalDate today = LocalDate.of(2022, 6, 1);
        ProvincePlan early = TienGiangShape.plan(today);
        assertThat(early.teams()).extracting(Team::foundedOn).allMatch(date -> !date.isAfter(today));
        assertThat(early.memberships()).hasSameSizeAs(PLAN.memberships());
    }

    private static Map<Integer, Unit> byRef() {
        return PLAN.units().stream().collect(Collectors.toMap(Unit::ref, Function.identity()));
    }

    private static String capitalised(String typeLabel) {
        return Character.toUpperCase(typeLabel.charAt(0)) + typeLabel.substring(1);
    }
}
