package vn.langso.visits.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.langso.kernel.BasicDigitalSkill;
import vn.langso.kernel.BodyDigest;
import vn.langso.kernel.InvalidInputException;
import vn.langso.kernel.OutreachService;
import vn.langso.visits.boundary.VisitInput;
import vn.langso.visits.boundary.VisitInput.ResidentInput;
import vn.langso.visits.boundary.VisitInput.ServiceInput;
import vn.langso.visits.entity.Outcome;

class VisitRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 5);
    static final LocalDateTime MORNING = TODAY.atTime(9, 30);

    @Test
    void aCompleteVisitPasses() {
        VisitRules.check(visit(List.of(done(OutreachService.VNEID)), List.of(), null, null), TODAY);
    }

    @Test
    void aVisitWithoutAServiceIsRefused() {
        assertThatThrownBy(() -> VisitRules.check(visit(List.of(), List.of(), null, null), TODAY))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("visit.servicesMissing");
    }

    @Test
    void theSameServiceTwiceIsRefused() {
        assertThatThrownBy(() -> VisitRules.check(
                        visit(
                                List.of(done(OutreachService.CASHLESS), done(OutreachService.CASHLESS)),
                                List.of(),
                                null,
                                null),
                        TODAY))
                .hasMessage("visit.serviceTwice");
    }

    @Test
    void aFollowUpBeforeTheVisitIsRefused() {
        ServiceInput partial = new ServiceInput(OutreachService.VNEID, Outcome.PARTIAL, null, TODAY.minusDays(1));

        assertThatThrownBy(() -> VisitRules.check(visit(List.of(partial), List.of(), null, null), TODAY))
                .hasMessage("visit.followUpBeforeVisit");
    }

    @Test
    void aResidentBornInTheFutureIsRefused() {
        ResidentInput unborn = new ResidentInput("Lê Văn Một", 2030, Set.of());

        assertThatThrownBy(() -> VisitRules.check(
                        visit(List.of(done(OutreachService.VNEID)), List.of(unborn), null, null), TODAY))
                .hasMessage("visit.birthYear");
    }

    @Test
    void halfAPositionIsRefused() {
        assertThatThrownBy(() -> VisitRules.check(
                        visit(List.of(done(OutreachService.VNEID)), List.of(), BigDecimal.ONE, null), TODAY))
                .hasMessage("visit.positionHalf");
    }

    @Test
    void anIdMustBeAUuidWrittenInLowerCase() {
        assertThat(VisitRules.requireUuid("3F2504E0-4F89-41D3-9A0C-0305E82C3301"))
                .isEqualTo("3f2504e0-4f89-41d3-9a0c-0305e82c3301");
        assertThatThrownBy(() -> VisitRules.requireUuid("visit-1")).hasMessage("visit.idNotUuid");
    }

    @Test
    void theSameContentWithSkillsInAnotherOrderHasTheSameDigest() {
        VisitInput one = visit(
                List.of(done(OutreachService.VNEID)),
                List.of(new ResidentInput(
                        "Bà Năm", 1950, Set.of(BasicDigitalSkill.ONLINE_SAFETY, BasicDigitalSkill.ONLINE_PAYMENT))),
                null,
                null);
        VisitInput other = visit(
                List.of(done(OutreachService.VNEID)),
                List.of(new ResidentInput(
                        "Bà Năm", 1950, Set.of(BasicDigitalSkill.ONLINE_PAYMENT, BasicDigitalSkill.ONLINE_SAFETY))),
                null,
                null);

        assertThat(BodyDigest.of(one.content())).isEqualTo(BodyDigest.of(other.content()));
        assertThat(BodyDigest.of(one.content()))
                .isNotEqualTo(BodyDigest.of(visit(List.of(done(OutreachService.CASHLESS)), List.of(), null, null)
                        .content()));
    }

    @Test
    void theVersionAnEditReplacesIsNotPartOfTheContent() {
        VisitInput sent = visit(List.of(done(OutreachService.VNEID)), List.of(), null, null);
        VisitInput edit = new VisitInput(
                sent.householdId(),
                null,
                null,
                List.of(),
                sent.visitedAt(),
                sent.services(),
                List.of(),
                null,
                null,
                null,
                null,
                3);

        assertThat(BodyDigest.of(edit.content())).isEqualTo(BodyDigest.of(sent.content()));
    }

    static ServiceInput done(OutreachService service) {
        return new ServiceInput(service, Outcome.DONE, null, null);
    }

    static VisitInput visit(
            List<ServiceInput> services, List<ResidentInput> residents, BigDecimal latitude, BigDecimal longitude) {
        return new VisitInput(
                12L, null, null, List.of(), MORNING, services, residents, latitude, longitude, null, null, null);
    }
}
