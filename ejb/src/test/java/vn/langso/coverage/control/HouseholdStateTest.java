package vn.langso.coverage.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.langso.coverage.control.HouseholdState.ServiceState;
import vn.langso.kernel.BasicDigitalSkill;
import vn.langso.kernel.OutreachService;

class HouseholdStateTest {

    static final LocalDate MAY_1 = LocalDate.of(2026, 5, 1);
    static final LocalDate MAY_9 = LocalDate.of(2026, 5, 9);
    static final LocalDate JUNE_3 = LocalDate.of(2026, 6, 3);

    @Test
    void aResidentIsProficientOnTheDayTheFifthSkillIsShownWhateverTheAccentsOfHisName() {
        HouseholdState state = HouseholdState.of(
                7,
                true,
                List.of(
                        visit(JUNE_3, "le van  BA", EnumSet.of(BasicDigitalSkill.LOCAL_PLATFORMS)),
                        visit(
                                MAY_1,
                                "Lê Văn Ba",
                                EnumSet.of(
                                        BasicDigitalSkill.PUBLIC_SERVICES,
                                        BasicDigitalSkill.ONLINE_SHOPPING,
                                        BasicDigitalSkill.ONLINE_PAYMENT)),
                        session(MAY_9, "Lê Văn Ba", EnumSet.of(BasicDigitalSkill.ONLINE_SAFETY))));

        assertThat(state.reachedOn()).isEqualTo(MAY_1);
        assertThat(state.proficientOn()).isEqualTo(JUNE_3);
    }

    @Test
    void skillsOfTwoResidentsDoNotAddUpToOneProficientPerson() {
        HouseholdState state = HouseholdState.of(
                7,
                true,
                List.of(
                        visit(
                                MAY_1,
                                "Lê Văn Ba",
                                EnumSet.range(BasicDigitalSkill.PUBLIC_SERVICES, BasicDigitalSkill.ONLINE_SAFETY)),
                        visit(MAY_9, "Lê Thị Tư", EnumSet.of(BasicDigitalSkill.LOCAL_PLATFORMS))));

        assertThat(state.proficientOn()).isNull();
    }

    @Test
    void aServiceDeclinedThenHelpedCountsAsDeclinedUntilTheDayItWasHelped() {
        HouseholdState state = HouseholdState.of(
                7,
                true,
                List.of(
                        new Activity(MAY_1, Set.of(), Set.of(), Set.of(OutreachService.CASHLESS), List.of()),
                        new Activity(MAY_9, Set.of(), Set.of(OutreachService.CASHLESS), Set.of(), List.of()),
                        new Activity(
                                JUNE_3,
                                Set.of(OutreachService.VNEID),
                                Set.of(),
                                Set.of(OutreachService.ECOMMERCE),
                                List.of())));

        assertThat(state.services())
                .containsEntry(OutreachService.CASHLESS, new ServiceState(MAY_9, null, MAY_1))
                .containsEntry(OutreachService.VNEID, new ServiceState(JUNE_3, JUNE_3, null))
                .containsEntry(OutreachService.ECOMMERCE, new ServiceState(null, null, JUNE_3));
        assertThat(HouseholdState.parseServices(state.servicesText())).isEqualTo(state.services());
        assertThat(state.contributions())
                .contains(
                        new Contribution(7, Measure.declined(OutreachService.CASHLESS), MAY_1, 1),
                        new Contribution(7, Measure.declined(OutreachService.CASHLESS), MAY_9, -1));
    }

    @Test
    void aVisitFoldedIntoTheStoredStateGivesWhatARecountOfAllGivesInAnyOrder() {
        Activity early = visit(
                MAY_1, "Lê Văn Ba", EnumSet.of(BasicDigitalSkill.PUBLIC_SERVICES, BasicDigitalSkill.ONLINE_SHOPPING));
        Activity middle = new Activity(
                MAY_9,
                Set.of(OutreachService.VNEID),
                Set.of(),
                Set.of(OutreachService.CASHLESS),
                List.of(new Activity.Resident(
                        "LE VAN BA", EnumSet.of(BasicDigitalSkill.ONLINE_PAYMENT, BasicDigitalSkill.ONLINE_SAFETY))));
        Activity late = visit(
                JUNE_3, "Lê  Văn Ba", EnumSet.of(BasicDigitalSkill.LOCAL_PLATFORMS, BasicDigitalSkill.PUBLIC_SERVICES));

        HouseholdState all = HouseholdState.of(7, true, List.of(early, middle, late));
        HouseholdState foldedLateFirst =
                HouseholdState.of(7, true, List.of(late)).with(middle).with(early);

        assertThat(foldedLateFirst).isEqualTo(all);
        assertThat(all.proficientOn()).isEqualTo(JUNE_3);
        assertThat(HouseholdState.parseResidents(all.residentsText())).isEqualTo(all.residents());
        assertThat(all.residents().get("le van ba")).containsEntry(BasicDigitalSkill.PUBLIC_SERVICES, MAY_1);
    }

    @Test
    void aHouseholdOutOfTheRegistryContributesNothingAndARegisteredOneItsDays() {
        List<Activity> visited =
                List.of(new Activity(MAY_1, Set.of(OutreachService.VNEID), Set.of(), Set.of(), List.of()));

        assertThat(HouseholdState.of(7, false, visited).contributions()).isEmpty();
        assertThat(HouseholdState.of(7, true, visited).contributions())
                .containsExactlyInAnyOrder(
                        new Contribution(7, Measure.HOUSEHOLDS, null),
                        new Contribution(7, Measure.REACHED, MAY_1),
                        new Contribution(7, Measure.helped(OutreachService.VNEID), MAY_1),
                        new Contribution(7, Measure.done(OutreachService.VNEID), MAY_1));
    }

    private static Activity visit(LocalDate day, String name, Set<BasicDigitalSkill> skills) {
        return new Activity(day, Set.of(), Set.of(), Set.of(), List.of(new Activity.Resident(name, skills)));
    }

    private static Activity session(LocalDate day, String name, Set<BasicDigitalSkill> skills) {
        return visit(day, name, skills);
    }
}
