package vn.langso.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
import vn.langso.kernel.NotFoundException;
import vn.langso.kernel.OutreachService;
import vn.langso.sessions.boundary.AttendanceBook;
import vn.langso.sessions.boundary.AttendanceInput;
import vn.langso.sessions.boundary.AttendanceInput.Resident;
import vn.langso.sessions.boundary.AttendanceWrite;
import vn.langso.sessions.boundary.OccurrenceView;
import vn.langso.sessions.boundary.SeriesDetails;
import vn.langso.sessions.boundary.Sessions;
import vn.langso.sessions.control.RecurrencePlan;
import vn.langso.visits.FieldRows;

/** Runs inside the server: who came to a session, recorded exactly once, within capacity, by its facilitators. */
@ExtendWith(ArquillianExtension.class)
class AttendanceIT {

    static final Set<String> TRAINER = Set.of("TRAINER");
    static final Set<String> MEMBER = Set.of("MEMBER");

    @Inject
    Sessions sessions;

    @Inject
    AttendanceBook attendance;

    @Resource(lookup = "java:jboss/datasources/LangSoDS")
    DataSource dataSource;

    OrgFixture org;
    FieldRows rows;
    long hamletA;
    long householdA;
    long otherHouseholdA;
    long householdB;
    String trainer;
    String facilitator;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.langSo(
                AttendanceIT.class, OrgFixture.class, OrgFixture.Connections.class, AccountRows.class, FieldRows.class);
    }

    @BeforeEach
    void aHamletWithHouseholds() throws Exception {
        org = OrgFixture.create(dataSource::getConnection);
        rows = new FieldRows(dataSource::getConnection);
        hamletA = org.hamlet(org.communeA, "Ấp Điểm Danh");
        long hamletB = org.hamlet(org.communeB, "Ấp Khác");
        householdA = rows.household(hamletA, "Lê Văn Ba", "12", null);
        otherHouseholdA = rows.household(hamletA, "Phạm Thị Tư", "14", null);
        householdB = rows.household(hamletB, "Võ Văn Năm", "3", null);
        trainer = org.account("trainer", null, null, "TRAINER");
        facilitator = org.account("member", null, org.memberA, "MEMBER");
    }

    @Test
    void aResentAttendanceIsStoredOnceAndCountsItsResidents() throws Exception {
        OccurrenceView session = sessionStartingSoon(null);
        String id = UUID.randomUUID().toString();
        AttendanceInput twoCame = household(session, householdA, "Lê Văn Ba", "Nguyễn Thị Sáu");

        AttendanceWrite first = Caller.as(facilitator, MEMBER, () -> attendance.put(id, twoCame));
        AttendanceWrite resent = Caller.as(facilitator, MEMBER, () -> attendance.put(id.toUpperCase(), twoCame));

        assertThat(first.created()).isTrue();
        assertThat(resent.created()).isFalse();
        assertThat(resent.attendance().people()).isEqualTo(2);
        assertThat(rows.count("select count(*) from session_attendance where occurrence_id = ?", session.id()))
                .isEqualTo(1);
        OccurrenceView counted = Caller.as(trainer, TRAINER, () -> sessions.occurrence(session.id()));
        assertThat(counted.peopleAttended()).isEqualTo(2);
        assertThat(counted.householdsAttended()).isEqualTo(1);

        AttendanceWrite corrected =
                Caller.as(facilitator, MEMBER, () -> attendance.put(id, household(session, householdA, "Lê Văn Ba")));
        assertThat(corrected.created()).isFalse();
        assertThat(Caller.as(trainer, TRAINER, () -> sessions.occurrence(session.id()))
                        .peopleAttended())
                .isEqualTo(1);
        assertThat(Caller.as(facilitator, MEMBER, () -> attendance.of(session.id())))
                .extracting(a -> a.name())
                .containsExactly("Lê Văn Ba");
    }

    @Test
    void fourPhonesSendingOneNewAttendanceAtOnceStoreOneRow() throws Exception {
        OccurrenceView session = sessionStartingSoon(null);
        String id = UUID.randomUUID().toString();
        AttendanceInput came = household(session, householdA, "Lê Văn Ba");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<AttendanceWrite>> sends = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                Callable<AttendanceWrite> send = () -> Caller.as(facilitator, MEMBER, () -> attendance.put(id, came));
                sends.add(pool.submit(send));
            }
            int created = 0;
            for (Future<AttendanceWrite> send : sends) {
                created += send.get().created() ? 1 : 0;
            }
            assertThat(created).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(rows.count("select count(*) from session_attendance where occurrence_id = ?", session.id()))
                .isEqualTo(1);
        assertThat(rows.count("select people_attended from session_occurrence where id = ?", session.id()))
                .isEqualTo(1);
    }

    @Test
    void aHouseholdCountsOnceAndAFullSessionTakesNoOneMore() throws Exception {
        OccurrenceView session = sessionStartingSoon(2);
        Caller.as(
                facilitator,
                MEMBER,
                () -> attendance.put(UUID.randomUUID().toString(), household(session, householdA, "Lê Văn Ba")));

        assertThatThrownBy(() -> Caller.as(
                        facilitator,
                        MEMBER,
                        () -> attendance.put(
                                UUID.randomUUID().toString(), household(session, householdA, "Lê Văn Ba"))))
                .isInstanceOf(ConflictException.class)
                .extracting(e -> ((BusinessException) e).messageKey())
                .isEqualTo("attendance.alreadyRecorded");
        assertThatThrownBy(() -> Caller.as(
                        facilitator,
                        MEMBER,
                        () -> attendance.put(
                                UUID.randomUUID().toString(),
                                household(session, otherHouseholdA, "Phạm Thị Tư", "Phạm Văn Bảy"))))
                .isInstanceOf(ConflictException.class)
                .extracting(e -> ((BusinessException) e).messageKey())
                .isEqualTo("attendance.full");
        AttendanceWrite member = Caller.as(
                facilitator,
                MEMBER,
                () -> attendance.put(
                        UUID.randomUUID().toString(),
                        new AttendanceInput(session.id(), null, null, org.memberA, List.of())));
        assertThat(member.attendance().name()).startsWith("Nguyễn Văn An");
        assertThat(Caller.as(trainer, TRAINER, () -> sessions.occurrence(session.id()))
                        .peopleAttended())
                .isEqualTo(2);
    }

    @Test
    void onlyFacilitatorsRecordAndOnlyHouseholdsOfTheirArea() throws Exception {
        OccurrenceView session = sessionStartingSoon(null);
        String outsider = org.account("member", null, org.memberB, "MEMBER");

        assertThatThrownBy(() -> Caller.as(
                        outsider,
                        MEMBER,
                        () -> attendance.put(
                                UUID.randomUUID().toString(), household(session, householdA, "Lê Văn Ba"))))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> Caller.as(
                        facilitator,
                        MEMBER,
                        () -> attendance.put(
                                UUID.randomUUID().toString(), household(session, householdB, "Võ Văn Năm"))))
                .isInstanceOf(NotFoundException.class);
        assertThat(Caller.as(facilitator, MEMBER, () -> sessions.toRecord()))
                .extracting(OccurrenceView::id)
                .contains(session.id());
        assertThat(Caller.as(outsider, MEMBER, () -> sessions.toRecord()))
                .extracting(OccurrenceView::id)
                .doesNotContain(session.id());
    }

    @Test
    void aSessionDaysAheadOrCancelledTakesNoAttendanceAndATakenBackOneNoLongerCounts() throws Exception {
        OccurrenceView later =
                schedule(LocalDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(3), null);
        assertThatThrownBy(() -> Caller.as(
                        facilitator,
                        MEMBER,
                        () -> attendance.put(UUID.randomUUID().toString(), household(later, householdA, "Lê Văn Ba"))))
                .extracting(e -> ((BusinessException) e).messageKey())
                .isEqualTo("attendance.notYet");

        OccurrenceView session = sessionStartingSoon(null);
        String id = UUID.randomUUID().toString();
        Caller.as(facilitator, MEMBER, () -> attendance.put(id, household(session, householdA, "Lê Văn Ba")));
        Caller.as(facilitator, MEMBER, () -> attendance.remove(id));
        Caller.as(facilitator, MEMBER, () -> attendance.remove(id));
        assertThat(Caller.as(trainer, TRAINER, () -> sessions.occurrence(session.id())))
                .satisfies(o -> assertThat(o.peopleAttended()).isZero())
                .satisfies(o -> assertThat(o.householdsAttended()).isZero());

        Caller.as(trainer, TRAINER, () -> sessions.cancel(session.id(), null));
        assertThatThrownBy(() -> Caller.as(
                        facilitator,
                        MEMBER,
                        () -> attendance.put(
                                UUID.randomUUID().toString(), household(session, householdA, "Lê Văn Ba"))))
                .extracting(e -> ((BusinessException) e).messageKey())
                .isEqualTo("sessions.cancelled");
    }

    private OccurrenceView sessionStartingSoon(Integer capacity) throws Exception {
        return schedule(LocalDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusMinutes(20), capacity);
    }

    private OccurrenceView schedule(LocalDateTime start, Integer capacity) throws Exception {
        SeriesDetails details = new SeriesDetails(
                hamletA,
                "Cài VNeID " + org.suffix,
                Set.of(OutreachService.VNEID),
                Set.of(),
                null,
                "Nhà văn hoá ấp",
                capacity,
                Set.of(org.memberA),
                start.truncatedTo(ChronoUnit.MINUTES),
                90,
                RecurrencePlan.once());
        return Caller.as(trainer, TRAINER, () -> sessions.schedule(details)).get(0);
    }

    private static AttendanceInput household(OccurrenceView session, long household, String... names) {
        return new AttendanceInput(
                session.id(),
                household,
                null,
                null,
                java.util.Arrays.stream(names).map(n -> new Resident(n, null)).toList());
    }
}
