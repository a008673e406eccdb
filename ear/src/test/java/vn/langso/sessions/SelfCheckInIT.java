package vn.langso.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.langso.it.AccountRows;
import vn.langso.it.Caller;
import vn.langso.it.Deployments;
import vn.langso.it.OrgFixture;
import vn.langso.kernel.BusinessException;
import vn.langso.kernel.ConflictException;
import vn.langso.kernel.InvalidInputException;
import vn.langso.kernel.NotFoundException;
import vn.langso.kernel.OutreachService;
import vn.langso.sessions.boundary.AttendanceBook;
import vn.langso.sessions.boundary.AttendanceView;
import vn.langso.sessions.boundary.CheckInCode;
import vn.langso.sessions.boundary.CheckedIn;
import vn.langso.sessions.boundary.OccurrenceView;
import vn.langso.sessions.boundary.SelfCheckIn;
import vn.langso.sessions.boundary.SeriesDetails;
import vn.langso.sessions.boundary.Sessions;
import vn.langso.sessions.control.RecurrencePlan;

/** Runs inside the server: a member checks himself in with the code a facilitator's screen shows, once. */
@ExtendWith(ArquillianExtension.class)
class SelfCheckInIT {

    static final Set<String> TRAINER = Set.of("TRAINER");
    static final Set<String> MEMBER = Set.of("MEMBER");

    @Inject
    Sessions sessions;

    @Inject
    SelfCheckIn checkIn;

    @Inject
    AttendanceBook attendance;

    @Resource(lookup = "java:jboss/datasources/LangSoDS")
    DataSource dataSource;

    OrgFixture org;
    long hamlet;
    String trainer;
    String facilitator;
    String learner;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.langSo(
                SelfCheckInIT.class, OrgFixture.class, OrgFixture.Connections.class, AccountRows.class);
    }

    @BeforeEach
    void aTrainersSessionWithAFacilitatorAndALearner() throws Exception {
        org = OrgFixture.create(dataSource::getConnection);
        hamlet = org.hamlet(org.communeA, "Ấp Điểm Danh Mã");
        trainer = org.account("trainer", null, null, "TRAINER");
        facilitator = org.account("member", null, org.memberA, "MEMBER");
        learner = org.account("learner", null, org.teamMember(org.teamB, "Người Học"), "MEMBER");
    }

    @Test
    void theScannedCodeChecksTheMemberInOnceAndAWrongOneIsRefused() throws Exception {
        OccurrenceView session = sessionIn(20);
        CheckInCode shown = Caller.as(facilitator, MEMBER, () -> checkIn.display(session.id()));
        assertThat(shown.code()).matches("\\d{6}");
        assertThat(shown.secondsLeft()).isBetween(1, 30);

        CheckedIn first = Caller.as(learner, MEMBER, () -> checkIn.checkIn(session.id(), shown.code()));
        CheckedIn again = Caller.as(learner, MEMBER, () -> checkIn.checkIn(session.id(), shown.code()));

        assertThat(first.occurrenceId()).isEqualTo(session.id());
        assertThat(first.recorded()).isTrue();
        assertThat(again.recorded()).isFalse();
        assertThat(Caller.as(facilitator, MEMBER, () -> attendance.of(session.id())))
                .extracting(AttendanceView::name)
                .containsExactly("Người Học " + org.suffix);
        assertThat(Caller.as(trainer, TRAINER, () -> sessions.occurrence(session.id()))
                        .peopleAttended())
                .isEqualTo(1);
        String wrong = shown.code().equals("000000") ? "111111" : "000000";
        assertThatThrownBy(() -> Caller.as(learner, MEMBER, () -> checkIn.checkIn(session.id(), wrong)))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((BusinessException) e).messageKey())
                .isEqualTo("checkin.codeWrong");
    }

    @Test
    void typedDigitsFindOnlySessionsOfTheMembersOwnArea() throws Exception {
        OccurrenceView session = sessionIn(20);
        String neighbour = org.account("member", null, org.teamMember(org.teamA, "Người Cùng Xã"), "MEMBER");
        String code = Caller.as(facilitator, MEMBER, () -> checkIn.display(session.id()))
                .code();

        assertThatThrownBy(() -> Caller.as(learner, MEMBER, () -> checkIn.checkIn(null, code)))
                .as("a member of another commune types the digits: nothing of his area shows them")
                .isInstanceOf(InvalidInputException.class);
        assertThat(Caller.as(neighbour, MEMBER, () -> checkIn.checkIn(null, code))
                        .occurrenceId())
                .isEqualTo(session.id());
    }

    @Test
    void onlyWhoRecordsTheSessionShowsTheCodeAndOnlyWhileItIsOn() throws Exception {
        OccurrenceView soon = sessionIn(20);
        OccurrenceView later = sessionIn(180);

        assertThatThrownBy(() -> Caller.as(learner, MEMBER, () -> checkIn.display(soon.id())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> Caller.as(facilitator, MEMBER, () -> checkIn.display(later.id())))
                .isInstanceOf(ConflictException.class)
                .extracting(e -> ((BusinessException) e).messageKey())
                .isEqualTo("checkin.notOn");
    }

    private OccurrenceView sessionIn(int minutes) throws Exception {
        SeriesDetails details = new SeriesDetails(
                hamlet,
                "Tập huấn chữ ký số",
                Set.of(OutreachService.DIGITAL_SIGNATURE),
                Set.of(),
                null,
                "Hội trường xã",
                null,
                Set.of(org.memberA),
                LocalDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh"))
                        .plusMinutes(minutes)
                        .truncatedTo(ChronoUnit.MINUTES),
                60,
                RecurrencePlan.once());
        return Caller.as(trainer, TRAINER, () -> sessions.schedule(details)).get(0);
    }
}
