package vn.langso.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
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
import vn.langso.sessions.boundary.CalendarChoice;
import vn.langso.sessions.boundary.CalendarFilter;
import vn.langso.sessions.boundary.OccurrenceView;
import vn.langso.sessions.boundary.SeriesDetails;
import vn.langso.sessions.boundary.SessionHorizon;
import vn.langso.sessions.boundary.Sessions;
import vn.langso.sessions.control.RecurrencePlan;
import vn.langso.sessions.control.RecurrencePlan.Repeat;
import vn.langso.sessions.entity.OccurrenceStatus;
import vn.langso.sessions.entity.SessionSeries;

/** Runs inside the server: series scheduled, their occurrences as rows, cancelled and moved, read by area. */
@ExtendWith(ArquillianExtension.class)
class SessionsIT {

    static final Set<String> TRAINER = Set.of("TRAINER");
    static final Set<String> LEADER = Set.of("TEAM_LEADER", "MEMBER");
    static final Set<String> COORDINATOR = Set.of("COORDINATOR");

    @Inject
    Sessions sessions;

    @Inject
    SessionHorizon horizon;

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

        assertThat(Caller.as(
                        coordinatorA,
                        COORDINATOR,
                        () -> sessions.between(new CalendarFilter(org.communeA, null, null), from, to)))
                .hasSize(2);
        assertThat(Caller.as(coordinatorB, COORDINATOR, () -> sessions.between(CalendarFilter.ALL, from, to)))
                .noneMatch(o -> o.unitId() == hamletA);
        assertThatThrownBy(() -> Caller.as(
                        coordinatorB,
                        COORDINATOR,
                        () -> sessions.between(new CalendarFilter(org.communeA, null, null), from, to)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void theCalendarNarrowsToATeamOrAFacilitatorFoundByNameWithinTheCallersArea() throws Exception {
        String trainer = org.account("trainer", null, null, "TRAINER");
        String leaderA = org.account("leader", org.communeA, org.memberA, "TEAM_LEADER", "MEMBER");
        String coordinatorB = org.account("coord", org.districtB, null, "COORDINATOR");
        Caller.as(leaderA, LEADER, () -> sessions.schedule(weekly(hamletA, 2)));
        SeriesDetails byMemberB = series(hamletB, RecurrencePlan.once());
        Caller.as(
                trainer,
                TRAINER,
                () -> sessions.schedule(new SeriesDetails(
                        byMemberB.unitId(),
                        byMemberB.title(),
                        byMemberB.services(),
                        byMemberB.skills(),
                        null,
                        byMemberB.place(),
                        null,
                        Set.of(org.memberB),
                        firstTuesday,
                        60,
                        RecurrencePlan.once())));
        LocalDateTime from = firstTuesday.minusDays(1);
        LocalDateTime to = firstTuesday.plusWeeks(2);

        List<CalendarChoice> found =
                Caller.as(trainer, TRAINER, () -> sessions.filterChoices("cho gao thu " + org.suffix));
        assertThat(found)
                .as("accent-insensitive: the team \"Tổ Chợ Gạo thử\"")
                .extracting(CalendarChoice::kind, CalendarChoice::id)
                .contains(tuple(CalendarChoice.Kind.TEAM, org.teamA));
        assertThat(Caller.as(
                        trainer, TRAINER, () -> sessions.between(new CalendarFilter(null, org.teamA, null), from, to)))
                .hasSize(2)
                .allMatch(o -> o.unitId() == hamletA);
        assertThat(Caller.as(
                        trainer,
                        TRAINER,
                        () -> sessions.between(new CalendarFilter(null, null, org.memberB), from, to)))
                .singleElement()
                .matches(o -> o.unitId() == hamletB);
        assertThat(Caller.as(coordinatorB, COORDINATOR, () -> sessions.filterChoices("Nguyễn Văn An " + org.suffix)))
                .as("a member of another district is not offered")
                .isEmpty();
        assertThatThrownBy(() -> Caller.as(
                        coordinatorB,
                        COORDINATOR,
                        () -> sessions.between(new CalendarFilter(null, org.teamA, null), from, to)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void theDemoTeamLeaderFindsPastSessionsWithTheirAttendanceAndComingOnesOnTheCalendar() throws Exception {
        LocalDateTime now = LocalDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh"));

        List<OccurrenceView> demo = Caller.as(
                "totruong", LEADER, () -> sessions.between(CalendarFilter.ALL, now.minusWeeks(9), now.plusWeeks(6)));

        assertThat(demo).anyMatch(o -> o.startsAt().isBefore(now)).anyMatch(o -> o.startsAt()
                .isAfter(now));
        assertThat(demo).anyMatch(o -> o.status() == OccurrenceStatus.CANCELLED);
        assertThat(demo)
                .as("the sessions held so far have their attendance; none to come has any")
                .filteredOn(o -> o.startsAt().isBefore(now.minusHours(3)) && o.status() == OccurrenceStatus.SCHEDULED)
                .isNotEmpty()
                .allMatch(o -> o.householdsAttended() > 0 && o.peopleAttended() >= o.householdsAttended());
        assertThat(demo).filteredOn(o -> o.startsAt().isAfter(now)).allMatch(o -> o.peopleAttended() == 0);
        assertThat(demo).extracting(OccurrenceView::title).contains("Cảnh giác lừa đảo qua mạng");
    }

    @Test
    void aSeriesThatFellBehindIsPlannedAWeekPastTheHorizonAndRemindedOnlyOfSessionsToCome() throws Exception {
        String trainer = org.account("trainer", null, null, "TRAINER");
        SeriesDetails yearLong = series(
                hamletA,
                new RecurrencePlan(
                        Repeat.WEEKLY,
                        1,
                        Set.of(DayOfWeek.TUESDAY),
                        firstTuesday.toLocalDate().plusYears(1),
                        null));
        long series = Caller.as(trainer, TRAINER, () -> sessions.schedule(yearLong))
                .get(0)
                .seriesId();
        // As if the job had not run for months: only the first three weeks are rows.
        LocalDateTime behind = firstTuesday.plusWeeks(3);
        sql(
                "delete r from session_reminder r join session_occurrence o on o.id = r.occurrence_id"
                        + " where o.series_id = ? and o.starts_at >= ?",
                series,
                behind);
        sql("delete from session_occurrence where series_id = ? and starts_at >= ?", series, behind);
        sql("update session_series set planned_until = ? where id = ?", behind, series);

        // Each run plans a bounded number of series, the furthest behind first (others of the shared database too).
        LocalDateTime target = LocalDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh"))
                .plus(Sessions.HORIZON)
                .plusDays(6);
        for (int run = 0; run < 50 && !plannedUntil(series).isAfter(target); run++) {
            horizon.extendAll();
        }

        LocalDateTime planned = plannedUntil(series);
        assertThat(planned).isAfter(target);
        long weeks = ChronoUnit.WEEKS.between(firstTuesday, planned.minusSeconds(1)) + 1;
        assertThat(count("select count(*) from session_occurrence where series_id = ?", series))
                .isEqualTo(weeks);
        assertThat(count(
                        "select count(*) from session_reminder r join session_occurrence o"
                                + " on o.id = r.occurrence_id where o.series_id = ?",
                        series))
                .as("a day-before and an hour-before reminder for each session")
                .isEqualTo(2 * weeks);
        horizon.extendAll();
        assertThat(plannedUntil(series))
                .as("planned far enough: the next run leaves it alone")
                .isEqualTo(planned);
    }

    private LocalDateTime plannedUntil(long series) throws Exception {
        return (LocalDateTime) one("select planned_until from session_series where id = ?", series);
    }

    @Test
    void changingThisAndFollowingKeepsTheEarlierSessionsAndPlansTheRestAnew() throws Exception {
        String trainer = org.account("trainer", null, null, "TRAINER");
        List<OccurrenceView> planned = Caller.as(trainer, TRAINER, () -> sessions.schedule(weekly(hamletA, 6)));
        OccurrenceView third = planned.get(2);
        Caller.as(trainer, TRAINER, () -> sessions.cancel(planned.get(4).id(), "mưa"));

        SeriesDetails rest = Caller.as(trainer, TRAINER, () -> sessions.detailsFrom(third.id()));
        assertThat(rest.firstStart()).isEqualTo(third.startsAt());
        assertThat(rest.recurrence().count())
                .as("four of the six sessions are left")
                .isEqualTo(4);
        SeriesDetails mornings = new SeriesDetails(
                rest.unitId(),
                "Thanh toán không dùng tiền mặt",
                rest.services(),
                rest.skills(),
                rest.courseId(),
                "Hội trường xã",
                rest.capacity(),
                rest.facilitatorIds(),
                third.startsAt().withHour(8).withMinute(0),
                60,
                new RecurrencePlan(Repeat.WEEKLY, 1, Set.of(third.startsAt().getDayOfWeek()), null, 3));
        List<OccurrenceView> changed =
                Caller.as(trainer, TRAINER, () -> sessions.changeFollowing(third.id(), mornings));

        assertThat(changed).hasSize(3).allSatisfy(o -> {
            assertThat(o.startsAt().toLocalTime()).hasToString("08:00");
            assertThat(o.title()).isEqualTo("Thanh toán không dùng tiền mặt");
        });
        List<OccurrenceView> all = Caller.as(
                trainer,
                TRAINER,
                () -> sessions.between(
                        new CalendarFilter(hamletA, null, null), firstTuesday.minusDays(1), firstTuesday.plusWeeks(6)));
        assertThat(all)
                .as("the two sessions before stay; the old ones from the third on, the cancelled one too, are gone")
                .extracting(OccurrenceView::id)
                .containsExactlyInAnyOrderElementsOf(Stream.concat(planned.subList(0, 2).stream(), changed.stream())
                        .map(OccurrenceView::id)
                        .toList());
        assertThat(count("select count(*) from session_reminder where occurrence_id = ?", third.id()))
                .isZero();
        assertThat(Caller.as(
                                trainer,
                                TRAINER,
                                () -> sessions.detailsFrom(planned.get(1).id()))
                        .recurrence()
                        .repeat())
                .as("the old series ends before the third session: from the second, one session is left")
                .isEqualTo(Repeat.ONCE);
    }

    @Test
    void aSeriesLinksOnlyAPublishedCourse() throws Exception {
        String trainer = org.account("trainer", null, null, "TRAINER");
        SeriesDetails plain = weekly(hamletA, 2);
        SeriesDetails withMissingCourse = new SeriesDetails(
                plain.unitId(),
                plain.title(),
                plain.services(),
                plain.skills(),
                Long.MAX_VALUE,
                plain.place(),
                plain.capacity(),
                plain.facilitatorIds(),
                plain.firstStart(),
                plain.durationMinutes(),
                plain.recurrence());

        assertThatThrownBy(() -> Caller.as(trainer, TRAINER, () -> sessions.schedule(withMissingCourse)))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).field())
                .isEqualTo("courseId");
        assertThat(Caller.as(trainer, TRAINER, () -> sessions.courseChoices("zz-no-such-course-" + org.suffix)))
                .isEmpty();
    }

    @Test
    void aSeriesOfFourSessionsIsPlannedForGoodAndTheJobNeverComesBackToIt() throws Exception {
        String trainer = org.account("trainer", null, null, "TRAINER");
        long series = Caller.as(trainer, TRAINER, () -> sessions.schedule(weekly(hamletA, 4)))
                .get(0)
                .seriesId();

        assertThat(one("select planned_until from session_series where id = ?", series))
                .isEqualTo(SessionSeries.PLANNED_FOR_GOOD);
    }

    private void sql(String statement, Object... parameters) throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement update = c.prepareStatement(statement)) {
            bind(update, parameters);
            update.executeUpdate();
        }
    }

    private Object one(String query, Object... parameters) throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement select = c.prepareStatement(query)) {
            bind(select, parameters);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                Object value = row.getObject(1);
                return value instanceof Timestamp time ? time.toLocalDateTime() : value;
            }
        }
    }

    private long count(String query, Object... parameters) throws Exception {
        return ((Number) one(query, parameters)).longValue();
    }

    private static void bind(PreparedStatement statement, Object... parameters) throws Exception {
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(
                    i + 1, parameters[i] instanceof LocalDateTime time ? Timestamp.valueOf(time) : parameters[i]);
        }
    }

    private SeriesDetails weekly(long unit, int count) {
        return series(
                unit, new RecurrencePlan(Repeat.WEEKLY, 1, Set.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY), null, count));
    }

    private SeriesDetails series(long unit, RecurrencePlan plan) {
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
                plan);
    }
}
