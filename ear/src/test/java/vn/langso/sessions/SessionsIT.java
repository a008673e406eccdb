package vn.langso.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
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
import vn.langso.kernel.NotFoundException;
import vn.langso.kernel.OutreachService;
import vn.langso.sessions.boundary.OccurrenceView;
import vn.langso.sessions.boundary.SeriesDetails;
import vn.langso.sessions.boundary.Sessions;
import vn.langso.sessions.control.RecurrencePlan;
import vn.langso.sessions.control.RecurrencePlan.Repeat;
import vn.langso.sessions.entity.OccurrenceStatus;

/** Runs inside the server: series scheduled, their occurrences as rows, cancelled and moved, read by area. */
@ExtendWith(ArquillianExtension.class)
class SessionsIT {

    static final Set<String> TRAINER = Set.of("TRAINER");
    static final Set<String> LEADER = Set.of("TEAM_LEADER", "MEMBER");
    static final Set<String> COORDINATOR = Set.of("COORDINATOR");

    @Inject
    Sessions sessions;

    @Resource(lookup = "java:jboss/datasources/LangSoDS")
    DataSource dataSource;

    OrgFixture org;
    long hamletA;
    long hamletB;
    LocalDateTime firstTuesday;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.langSo(SessionsIT.class, OrgFixture.class, OrgFixture.Connections.class, AccountRows.class);
    }

    @BeforeEach
    void ownOrganisation() throws Exception {
        org = OrgFixture.create(dataSource::getConnection);
        hamletA = org.hamlet(org.communeA, "Ấp Bình Thạnh");
        hamletB = org.hamlet(org.communeB, "Ấp Hậu Thành");
        firstTuesday = LocalDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh"))
                .plusWeeks(1)
                .with(TemporalAdjusters.next(DayOfWeek.TUESDAY))
                .withHour(19)
                .withMinute(30)
                .withSecond(0)
                .withNano(0);
    }

    @Test
    void aTrainersWeeklySeriesOnTwoDaysBecomesOneRowPerSessionAtTheSameTimeOfDay() throws Exception {
        String trainer = org.account("trainer", null, null, "TRAINER");

        List<OccurrenceView> planned = Caller.as(trainer, TRAINER, () -> sessions.schedule(weekly(hamletA, 6)));

        assertThat(planned).hasSize(6).allSatisfy(o -> {
            assertThat(o.startsAt().toLocalTime()).hasToString("19:30");
            assertThat(o.endsAt()).isEqualTo(o.startsAt().plusMinutes(90));
            assertThat(o.status()).isEqualTo(OccurrenceStatus.SCHEDULED);
            assertThat(o.recurring()).isTrue();
        });
        assertThat(planned)
                .extracting(o -> o.startsAt().getDayOfWeek())
                .containsExactly(
                        DayOfWeek.TUESDAY,
                        DayOfWeek.THURSDAY,
                        DayOfWeek.TUESDAY,
                        DayOfWeek.THURSDAY,
                        DayOfWeek.TUESDAY,
                        DayOfWeek.THURSDAY);
    }

    @Test
    void aTeamLeaderSchedulesInHisTeamsAreaOnlyAndChangesOnlyHisOwnSeries() throws Exception {
        String leaderA = org.account("leader", org.communeA, org.memberA, "TEAM_LEADER", "MEMBER");
        String leaderB = org.account("leader", org.communeB, org.memberB, "TEAM_LEADER", "MEMBER");

        List<OccurrenceView> own = Caller.as(leaderA, LEADER, () -> sessions.schedule(weekly(hamletA, 4)));

        assertThatThrownBy(() -> Caller.as(leaderA, LEADER, () -> sessions.schedule(weekly(hamletB, 4))))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> Caller.as(
                        leaderB, LEADER, () -> sessions.cancel(own.get(0).id(), "mưa bão")))
                .isInstanceOf(NotFoundException.class);
        OccurrenceView cancelled =
                Caller.as(leaderA, LEADER, () -> sessions.cancel(own.get(0).id(), "mưa bão"));
        assertThat(cancelled.status()).isEqualTo(OccurrenceStatus.CANCELLED);
        LocalDateTime later = own.get(1).startsAt().plusDays(1).withHour(8);
        OccurrenceView moved =
                Caller.as(leaderA, LEADER, () -> sessions.move(own.get(1).id(), later));
        assertThat(moved.startsAt()).isEqualTo(later);
        assertThat(moved.endsAt()).isEqualTo(later.plusMinutes(90));
    }

    @Test
    void aCoordinatorSeesTheSessionsOfHisDistrictAndNoneOfAnother() throws Exception {
        String trainer = org.account("trainer", null, null, "TRAINER");
        String coordinatorA = org.account("coord", org.districtA, null, "COORDINATOR");
        String coordinatorB = org.account("coord", org.districtB, null, "COORDINATOR");
        Caller.as(trainer, TRAINER, () -> sessions.schedule(weekly(hamletA, 2)));
        LocalDateTime from = firstTuesday.minusDays(1);
        LocalDateTime to = firstTuesday.plusWeeks(2);

        assertThat(Caller.as(coordinatorA, COORDINATOR, () -> sessions.between(org.communeA, from, to)))
                .hasSize(2);
        assertThat(Caller.as(coordinatorB, COORDINATOR, () -> sessions.between(null, from, to)))
                .noneMatch(o -> o.unitId() == hamletA);
        assertThatThrownBy(() -> Caller.as(coordinatorB, COORDINATOR, () -> sessions.between(org.communeA, from, to)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void theDemoTeamLeaderFindsPastAndComingSessionsOfHisTeamOnTheCalendar() throws Exception {
        LocalDateTime now = LocalDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh"));

        List<OccurrenceView> demo =
                Caller.as("totruong", LEADER, () -> sessions.between(null, now.minusWeeks(9), now.plusWeeks(6)));

        assertThat(demo).anyMatch(o -> o.startsAt().isBefore(now)).anyMatch(o -> o.startsAt()
                .isAfter(now));
        assertThat(demo).anyMatch(o -> o.status() == OccurrenceStatus.CANCELLED);
        assertThat(demo).extracting(OccurrenceView::title).contains("Cảnh giác lừa đảo qua mạng");
    }

    private SeriesDetails weekly(long unit, int count) {
        return new SeriesDetails(
                unit,
                "Hướng dẫn kích hoạt VNeID mức 2",
                Set.of(OutreachService.VNEID),
                Set.of(),
                null,
                "Nhà văn hoá ấp",
                40,
                Set.of(org.memberA),
                firstTuesday,
                90,
                new RecurrencePlan(Repeat.WEEKLY, 1, Set.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY), null, count));
    }
}
