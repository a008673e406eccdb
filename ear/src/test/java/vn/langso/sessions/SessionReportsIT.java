package vn.langso.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
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
import vn.langso.kernel.InvalidInputException;
import vn.langso.kernel.NotFoundException;
import vn.langso.kernel.OutreachService;
import vn.langso.kernel.SheetFormat;
import vn.langso.sessions.boundary.AttendanceBook;
import vn.langso.sessions.boundary.AttendanceInput;
import vn.langso.sessions.boundary.AttendanceInput.Resident;
import vn.langso.sessions.boundary.FacilitatorRow;
import vn.langso.sessions.boundary.OccurrenceView;
import vn.langso.sessions.boundary.SeriesDetails;
import vn.langso.sessions.boundary.SessionFigures;
import vn.langso.sessions.boundary.SessionReports;
import vn.langso.sessions.boundary.SessionUnitRow;
import vn.langso.sessions.boundary.SessionUnitTable;
import vn.langso.sessions.boundary.Sessions;
import vn.langso.sessions.control.RecurrencePlan;
import vn.langso.visits.FieldRows;

/**
 * Runs inside the server: the sessions report of a small province counted by hand, per district and per
 * facilitator, scoped to the caller's area, and as a CSV.
 */
@ExtendWith(ArquillianExtension.class)
class SessionReportsIT {

    static final Set<String> TRAINER = Set.of("TRAINER");
    static final Set<String> MEMBER = Set.of("MEMBER");
    static final Set<String> ADMIN = Set.of("ADMIN");
    static final Set<String> COORDINATOR = Set.of("COORDINATOR");
    LocalDate today;
    LocalDate yesterday;

    @Inject
    Sessions sessions;

    @Inject
    AttendanceBook attendance;

    @Inject
    SessionReports reports;

    @Resource(lookup = "java:jboss/datasources/LangSoDS")
    DataSource dataSource;

    OrgFixture org;
    String admin;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.langSo(
                SessionReportsIT.class,
                OrgFixture.class,
                OrgFixture.Connections.class,
                AccountRows.class,
                FieldRows.class);
    }

    /**
     * District A: two sessions held (households Ba with two people, then Tư; then Ba again), one cancelled; district
     * B: one held with one person. Five attendances from three households in all.
     */
    @BeforeEach
    void twoDistrictsWithSessionsHeld() throws Exception {
        org = OrgFixture.create(dataSource::getConnection);
        today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        yesterday = today.minusDays(1);
        FieldRows rows = new FieldRows(dataSource::getConnection);
        long hamletA = org.hamlet(org.communeA, "Ấp Báo Cáo");
        long hamletB = org.hamlet(org.communeB, "Ấp Báo Cáo B");
        long ba = rows.household(hamletA, "Lê Văn Ba", "12", null);
        long tu = rows.household(hamletA, "Phạm Thị Tư", "14", null);
        long nam = rows.household(hamletB, "Võ Văn Năm", "3", null);
        admin = org.account("admin", null, null, "ADMIN");
        String leaderA = org.account("member", null, org.memberA, "MEMBER");
        String leaderB = org.account("member", null, org.memberB, "MEMBER");

        OccurrenceView first = sessionSoon(hamletA, org.memberA);
        record(leaderA, first, ba, "Lê Văn Ba", "Nguyễn Thị Sáu");
        record(leaderA, first, tu, "Phạm Thị Tư");
        OccurrenceView second = sessionSoon(hamletA, org.memberA);
        record(leaderA, second, ba, "Lê Văn Ba");
        OccurrenceView cancelled = sessionSoon(hamletA, org.memberA);
        String trainer = org.account("trainer", null, null, "TRAINER");
        Caller.as(trainer, TRAINER, () -> sessions.cancel(cancelled.id(), "mưa"));
        OccurrenceView inB = sessionSoon(hamletB, org.memberB);
        record(leaderB, inB, nam, "Võ Văn Năm");
        // They were held (or cancelled) two hours ago: today or, just after midnight, yesterday.
        LocalDateTime twoHoursAgo =
                LocalDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh")).minusHours(2);
        for (OccurrenceView held : List.of(first, second, inB, cancelled)) {
            sql(
                    "update session_occurrence set starts_at = ?, ends_at = ? where id = ?",
                    twoHoursAgo,
                    twoHoursAgo.plusHours(1),
                    held.id());
        }
    }

    @Test
    void theProvinceSeesEachDistrictAndEachFacilitatorCountedByHand() throws Exception {
        SessionUnitTable province = Caller.as(admin, ADMIN, () -> reports.byUnit(org.province, yesterday, today));

        assertThat(province.rows())
                .extracting(row -> row.unit().id(), SessionUnitRow::figures)
                .containsExactlyInAnyOrder(
                        tuple(org.districtA, new SessionFigures(2, 1, 4, 2)),
                        tuple(org.districtB, new SessionFigures(1, 0, 1, 1)));
        assertThat(province.total()).isEqualTo(new SessionFigures(3, 1, 5, 3));
        List<FacilitatorRow> facilitators =
                Caller.as(admin, ADMIN, () -> reports.byFacilitator(org.province, yesterday, today));
        assertThat(facilitators)
                .extracting(FacilitatorRow::memberId, FacilitatorRow::figures)
                .containsExactly(
                        tuple(org.memberA, new SessionFigures(2, 1, 4, 2)),
                        tuple(org.memberB, new SessionFigures(1, 0, 1, 1)));
        assertThat(Caller.as(admin, ADMIN, () -> reports.byUnit(org.province, today.minusDays(9), today.minusDays(2)))
                        .total())
                .as("nothing was held the week before")
                .isEqualTo(new SessionFigures(0, 0, 0, 0));
    }

    @Test
    void aCoordinatorSeesHisDistrictOnlyAndAPeriodMustBeOneInOrder() throws Exception {
        String coordinatorB = org.account("coord", org.districtB, null, "COORDINATOR");

        SessionUnitTable own = Caller.as(coordinatorB, COORDINATOR, () -> reports.byUnit(null, yesterday, today));

        assertThat(own.parent().id()).isEqualTo(org.districtB);
        assertThat(own.total()).isEqualTo(new SessionFigures(1, 0, 1, 1));
        assertThat(Caller.as(coordinatorB, COORDINATOR, () -> reports.byFacilitator(null, yesterday, today)))
                .extracting(FacilitatorRow::memberId)
                .containsExactly(org.memberB);
        assertThatThrownBy(() ->
                        Caller.as(coordinatorB, COORDINATOR, () -> reports.byUnit(org.districtA, yesterday, today)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> Caller.as(coordinatorB, COORDINATOR, () -> reports.byUnit(null, today, yesterday)))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void theCsvHasOneLinePerDistrictWithItsCode() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        SheetFormat.CSV.write(
                Caller.as(admin, ADMIN, () -> reports.byUnitSheet(org.province, yesterday, today)), key -> key, out);

        assertThat(out.toString(StandardCharsets.UTF_8).lines())
                .containsExactly(
                        "\uFEFFunit_code,unit,held,cancelled,people,households",
                        org.code("DB") + ",Cái Bè " + org.suffix + ",1,0,1,1",
                        org.code("DA") + ",Chợ Gạo " + org.suffix + ",2,1,4,2");
    }

    private OccurrenceView sessionSoon(long hamlet, long facilitator) throws Exception {
        String trainer = org.account("trainer", null, null, "TRAINER");
        SeriesDetails details = new SeriesDetails(
                hamlet,
                "Thanh toán không dùng tiền mặt",
                Set.of(OutreachService.CASHLESS),
                Set.of(),
                null,
                "Nhà văn hoá ấp",
                null,
                Set.of(facilitator),
                LocalDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusMinutes(20).truncatedTo(ChronoUnit.MINUTES),
                60,
                RecurrencePlan.once());
        return Caller.as(trainer, TRAINER, () -> sessions.schedule(details)).get(0);
    }

    private void record(String facilitator, OccurrenceView session, long household, String... names) throws Exception {
        AttendanceInput came = new AttendanceInput(
                session.id(),
                household,
                null,
                null,
                Arrays.stream(names).map(name -> new Resident(name, null)).toList());
        Caller.as(facilitator, MEMBER, () -> attendance.put(UUID.randomUUID().toString(), came));
    }

    private void sql(String statement, Object... parameters) throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement update = c.prepareStatement(statement)) {
            for (int i = 0; i < parameters.length; i++) {
                update.setObject(i + 1, parameters[i]);
            }
            update.executeUpdate();
        }
    }
}
