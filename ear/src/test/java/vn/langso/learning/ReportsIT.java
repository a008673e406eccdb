package vn.langso.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.LocalDate;
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
import vn.langso.kernel.PageRequest;
import vn.langso.learning.boundary.CourseReports;
import vn.langso.learning.boundary.ReportCounts;
import vn.langso.learning.boundary.ReportTeamRow;
import vn.langso.learning.boundary.ReportUnit;
import vn.langso.learning.boundary.ReportUnitRow;
import vn.langso.learning.boundary.ReportUnitTable;

/**
 * Runs inside the server: the counts of a small fixture by team and rolled up by unit, and the coordinator's scope.
 * Team A (commune A): one not started, one in progress and overdue. The hamlet's team below commune A: one
 * completed (its date passed, but completed is never overdue), one not started and overdue, one not enrolled.
 * Team B (district B): one in progress. A former member of team A, enrolled, counts nowhere.
 */
@ExtendWith(ArquillianExtension.class)
class ReportsIT {

    static final Set<String> ADMIN = Set.of("ADMIN");
    static final Set<String> COORDINATOR = Set.of("COORDINATOR");
    static final LocalDate YESTERDAY = ReportRows.TODAY.minusDays(1);
    static final LocalDate NEXT_WEEK = ReportRows.TODAY.plusDays(7);

    static final ReportCounts TEAM_A = new ReportCounts(2, 2, 1, 1, 0, 1);
    static final ReportCounts HAMLET_TEAM = new ReportCounts(3, 2, 1, 0, 1, 1);
    static final ReportCounts TEAM_B = new ReportCounts(1, 1, 0, 1, 0, 0);
    static final ReportCounts DISTRICT_A = TEAM_A.plus(HAMLET_TEAM);

    @Inject
    CourseReports reports;

    @Resource(lookup = "java:jboss/datasources/LangSoDS")
    DataSource dataSource;

    OrgFixture org;
    ReportRows rows;
    String admin;
    String coordinator;
    long course;
    long hamlet;
    long hamletTeam;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.langSo(
                ReportsIT.class, ReportRows.class, OrgFixture.class, OrgFixture.Connections.class, AccountRows.class);
    }

    @BeforeEach
    void ownOrganisationAndProgress() throws Exception {
        org = OrgFixture.create(dataSource::getConnection);
        rows = new ReportRows(dataSource::getConnection);
        admin = org.account("admin", null, null, "ADMIN");
        coordinator = org.account("coord", org.districtA, null, "COORDINATOR");
        course = rows.publishedCourse(admin, "Dịch vụ công trực tuyến " + org.suffix, 2);
        hamlet = rows.unit(org.code("V"), "Ấp Bình Hoà " + org.suffix, "VILLAGE", org.communeA);
        hamletTeam = rows.team(hamlet, "Tổ ấp Bình Hoà " + org.suffix);

        long memberA2 = rows.member("Lý Văn Giàu " + org.suffix, org.teamA);
        rows.enrol(course, org.memberA, 0, 2, NEXT_WEEK);
        rows.enrol(course, memberA2, 1, 2, YESTERDAY);
        rows.enrol(course, rows.member("Lê Thị Cúc " + org.suffix, hamletTeam), 2, 2, YESTERDAY);
        rows.enrol(course, rows.member("Võ Văn Dũng " + org.suffix, hamletTeam), 0, 2, YESTERDAY);
        rows.member("Hồ Thị Hoa " + org.suffix, hamletTeam);
        rows.enrol(course, org.memberB, 1, 2, null);
        rows.enrol(course, rows.formerMember("Đặng Văn Em " + org.suffix, org.teamA, null), 0, 2, YESTERDAY);
    }

    @Test
    void countsPerTeamAreExact() throws Exception {
        List<ReportTeamRow> teams = Caller.as(
                        admin, ADMIN, () -> reports.byTeam(course, org.province, PageRequest.first(50)))
                .items();

        assertThat(teams).hasSize(3);
        assertThat(counts(teams, org.teamA)).isEqualTo(TEAM_A);
        assertThat(counts(teams, hamletTeam)).isEqualTo(HAMLET_TEAM);
        assertThat(counts(teams, org.teamB)).isEqualTo(TEAM_B);
    }

    @Test
    void countsRollUpPerUnitWithTotals() throws Exception {
        ReportUnitTable province = Caller.as(admin, ADMIN, () -> reports.byUnit(course, org.province));
        ReportUnitTable commune = Caller.as(admin, ADMIN, () -> reports.byUnit(course, org.communeA));

        assertThat(row(province, org.districtA).counts()).isEqualTo(DISTRICT_A);
        assertThat(row(province, org.districtB).counts()).isEqualTo(TEAM_B);
        assertThat(province.totals()).isEqualTo(DISTRICT_A.plus(TEAM_B));
        assertThat(row(commune, hamlet).counts()).isEqualTo(HAMLET_TEAM);
        ReportUnitRow direct = commune.rows().stream()
                .filter(ReportUnitRow::direct)
                .findFirst()
                .orElseThrow();
        assertThat(direct.counts()).as("team A, attached to the commune itself").isEqualTo(TEAM_A);
        assertThat(commune.trail())
                .extracting(ReportUnit::id)
                .containsExactly(org.province, org.districtA, org.communeA);
    }

    @Test
    void coordinatorSeesOnlyTheirSubtree() throws Exception {
        ReportUnitTable top = Caller.as(coordinator, COORDINATOR, () -> reports.byUnit(course, null));
        List<ReportTeamRow> teams = Caller.as(
                        coordinator, COORDINATOR, () -> reports.byTeam(course, null, PageRequest.first(50)))
                .items();
        ReportCounts summary = Caller.as(coordinator, COORDINATOR, () -> reports.summary(course, null));

        assertThat(top.unit().id()).isEqualTo(org.districtA);
        assertThat(top.trail()).extracting(ReportUnit::id).containsExactly(org.districtA);
        assertThat(top.rows()).extracting(r -> r.unit().id()).containsExactly(org.communeA);
        assertThat(top.totals()).isEqualTo(DISTRICT_A);
        assertThat(teams).extracting(ReportTeamRow::teamId).containsExactlyInAnyOrder(org.teamA, hamletTeam);
        assertThat(summary).isEqualTo(DISTRICT_A);
    }

    @Test
    void coordinatorGets404ForAUnitOutsideTheirSubtree() {
        assertThatThrownBy(() -> Caller.as(coordinator, COORDINATOR, () -> reports.byUnit(course, org.districtB)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> Caller.as(
                        coordinator, COORDINATOR, () -> reports.byTeam(course, org.province, PageRequest.first(10))))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> Caller.as(coordinator, COORDINATOR, () -> reports.byTeamSheet(course, org.communeB)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void teamsSortByAnyCount() throws Exception {
        List<ReportTeamRow> byMembers = Caller.as(
                        admin,
                        ADMIN,
                        () -> reports.byTeam(course, org.province, new PageRequest(0, 10, "members", false)))
                .items();

        assertThat(byMembers).extracting(ReportTeamRow::teamId).containsExactly(hamletTeam, org.teamA, org.teamB);
    }

    @Test
    void aDraftCourseHasNoReportAndMembersHaveNoReports() throws Exception {
        long draft = rows.draftCourse(admin, "Bản nháp " + org.suffix);
        String member = org.account("member", null, org.memberA, "MEMBER");

        assertThatThrownBy(() -> Caller.as(admin, ADMIN, () -> reports.course(draft)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> Caller.as(member, Set.of("MEMBER"), () -> reports.course(course)))
                .isInstanceOf(EJBAccessException.class);
    }

    @Test
    void aCourseArchivedBeforeItWasPublishedHasNoReport() throws Exception {
        long archivedDraft = rows.archivedDraft(admin, "Nháp lưu trữ " + org.suffix);

        assertThatThrownBy(() -> Caller.as(admin, ADMIN, () -> reports.course(archivedDraft)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> Caller.as(admin, ADMIN, () -> reports.summary(archivedDraft, null)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void trainersSeeTheWholeProvince() throws Exception {
        String trainer = org.account("trainer", null, null, "TRAINER");

        ReportUnitTable province = Caller.as(trainer, Set.of("TRAINER"), () -> reports.byUnit(course, org.province));

        assertThat(province.totals()).isEqualTo(DISTRICT_A.plus(TEAM_B));
    }

    private static ReportCounts counts(List<ReportTeamRow> teams, long teamId) {
        return teams.stream()
                .filter(t -> t.teamId() == teamId)
                .findFirst()
                .orElseThrow()
                .counts();
    }

    private static ReportUnitRow row(ReportUnitTable table, long unitId) {
        return table.rows().stream()
                .filter(r -> !r.direct() && r.unit().id() == unitId)
                .findFirst()
                .orElseThrow();
    }
}
