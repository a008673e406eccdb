package vn.langso.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.io.StringWriter;
import java.time.Clock;
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
import vn.langso.certification.boundary.CertificationReports;
import vn.langso.certification.boundary.CertificationReports.TeamTable;
import vn.langso.certification.boundary.CertificationReports.Unit;
import vn.langso.certification.boundary.CertificationReports.UnitTable;
import vn.langso.certification.control.CertifiedReportRollup.Row;
import vn.langso.certification.control.TeamReportQuery.Cell;
import vn.langso.certification.control.TeamReportQuery.CellStatus;
import vn.langso.certification.control.TeamReportQuery.MemberCells;
import vn.langso.it.AccountRows;
import vn.langso.it.Caller;
import vn.langso.it.Deployments;
import vn.langso.it.OrgFixture;
import vn.langso.kernel.LocalDates;
import vn.langso.kernel.NotFoundException;
import vn.langso.learning.ReportRows;
import vn.langso.notifications.CertificateRows;

/**
 * Runs inside the server. Team A (commune A, district A): its leader (member A) certified in skill 1 until next year,
 * a second member certified in skill 1 expiring in ten days and expired in skill 2, a third with nothing. A hamlet
 * team below commune A: one member certified in skill 2 (its date passed yesterday, not yet marked: counts as
 * expired) and one certified in skill 2. Team B (district B): member B certified in both. A former member of team A,
 * certified, counts nowhere.
 */
@ExtendWith(ArquillianExtension.class)
class CertificationReportsIT {

    static final Set<String> ADMIN = Set.of("ADMIN");
    static final Set<String> COORDINATOR = Set.of("COORDINATOR");
    static final Set<String> LEADER = Set.of("TEAM_LEADER", "MEMBER");

    @Inject
    CertificationReports reports;

    @Resource(lookup = "java:jboss/datasources/LangSoDS")
    DataSource dataSource;

    OrgFixture org;
    LocalDate today;
    String admin;
    String coordinator;
    String leaderA;
    long skill1;
    long skill2;
    long memberA2;
    long memberA3;
    long hamlet;
    String skill1Name;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.langSo(
                CertificationReportsIT.class,
                CertificateRows.class,
                ReportRows.class,
                OrgFixture.class,
                OrgFixture.Connections.class,
                AccountRows.class);
    }

    @BeforeEach
    void certificatesAcrossTheFixture() throws Exception {
        org = OrgFixture.create(dataSource::getConnection);
        ReportRows people = new ReportRows(dataSource::getConnection);
        CertificateRows certificates = new CertificateRows(dataSource::getConnection);
        today = LocalDates.today(Clock.systemUTC());
        admin = org.account("admin", null, null, "ADMIN");
        coordinator = org.account("coord", org.districtA, null, "COORDINATOR");
        leaderA = org.account("leader", org.communeA, org.memberA, "TEAM_LEADER", "MEMBER");
        // Skill names sort "A…" before "B…" in the columns; the first may be read by a spreadsheet as a formula.
        skill1Name = "=A kỹ năng 1 " + org.suffix;
        skill1 = certificates.skill("S1" + org.suffix, skill1Name);
        skill2 = certificates.skill("S2" + org.suffix, "B kỹ năng 2 " + org.suffix);

        certificates.certificate(org.memberA, skill1, "ACTIVE", today.plusYears(1));
        memberA2 = people.member("Lý Văn Giàu " + org.suffix, org.teamA);
        certificates.certificate(memberA2, skill1, "ACTIVE", today.plusDays(10));
        certificates.certificate(memberA2, skill2, "EXPIRED", today.minusDays(40));
        memberA3 = people.member("Mai Thị Ba " + org.suffix, org.teamA);

        hamlet = people.unit(org.code("V"), "Ấp Bình Hoà " + org.suffix, "VILLAGE", org.communeA);
        long hamletTeam = people.team(hamlet, "Tổ ấp Bình Hoà " + org.suffix);
        certificates.certificate(
                people.member("Lê Thị Cúc " + org.suffix, hamletTeam), skill2, "ACTIVE", today.minusDays(1));
        certificates.certificate(
                people.member("Võ Văn Dũng " + org.suffix, hamletTeam), skill2, "ACTIVE", today.plusMonths(6));

        certificates.certificate(org.memberB, skill1, "ACTIVE", today.plusYears(1));
        certificates.certificate(org.memberB, skill2, "ACTIVE", today.plusYears(1));
        long former = people.formerMember("Đặng Văn Em " + org.suffix, org.teamA, null);
        certificates.certificate(former, skill1, "ACTIVE", today.plusYears(1));
    }

    @Test
    void countsPerUnitAndSkillRollUpTheSubtree() throws Exception {
        UnitTable province = Caller.as(admin, ADMIN, () -> reports.byUnit(org.province));
        UnitTable commune = Caller.as(admin, ADMIN, () -> reports.byUnit(org.communeA));

        assertThat(counts(province, org.districtA, skill1)).containsExactly(5L, 2L, 0L);
        assertThat(counts(province, org.districtA, skill2)).containsExactly(5L, 1L, 2L);
        assertThat(counts(province, org.districtB, skill1)).containsExactly(1L, 1L, 0L);
        assertThat(row(province, org.districtA, skill1).certifiedPercent()).isEqualTo(40L);
        assertThat(counts(commune, hamlet, skill2)).containsExactly(2L, 1L, 1L);
        Row<Unit> direct = commune.rows().stream()
                .filter(r -> r.direct() && r.skill().id() == skill1)
                .findFirst()
                .orElseThrow();
        assertThat(List.of(direct.members(), direct.certified(), direct.expired()))
                .as("team A, attached to the commune itself")
                .containsExactly(3L, 2L, 0L);
        Row<Unit> total = province.totals().stream()
                .filter(r -> r.skill().id() == skill2)
                .findFirst()
                .orElseThrow();
        assertThat(List.of(total.members(), total.certified(), total.expired())).containsExactly(6L, 2L, 2L);
        assertThat(commune.trail()).extracting(Unit::id).containsExactly(org.province, org.districtA, org.communeA);
    }

    @Test
    void aCoordinatorSeesTheirAreaOnlyAndAUnitOutsideItIsNotFound() throws Exception {
        UnitTable top = Caller.as(coordinator, COORDINATOR, () -> reports.byUnit(null));

        assertThat(top.parent().id()).isEqualTo(org.districtA);
        assertThat(top.rows()).extracting(r -> r.unit().id()).containsOnly(org.communeA);
        assertThatThrownBy(() -> Caller.as(coordinator, COORDINATOR, () -> reports.byUnit(org.districtB)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> Caller.as(coordinator, COORDINATOR, () -> reports.byUnit(org.province)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> Caller.as(coordinator, COORDINATOR, () -> {
                    reports.requireVisible(org.communeB);
                    return null;
                }))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aTeamLeaderSeesTheirOwnTeamMemberByMember() throws Exception {
        TeamTable team = Caller.as(leaderA, LEADER, () -> reports.myTeam());

        assertThat(team.teamId()).isEqualTo(org.teamA);
        assertThat(team.members())
                .extracting(MemberCells::memberId)
                .containsExactlyInAnyOrder(org.memberA, memberA2, memberA3);
        int s1 = skillColumn(team, skill1);
        int s2 = skillColumn(team, skill2);
        MemberCells second = member(team, memberA2);
        assertThat(second.cells().get(s1)).isEqualTo(new Cell(CellStatus.ACTIVE, today.plusDays(10), true));
        assertThat(second.cells().get(s2).status()).isEqualTo(CellStatus.EXPIRED);
        assertThat(member(team, org.memberA).cells().get(s1).expiresSoon()).isFalse();
        assertThat(member(team, memberA3).cells().get(s1).status()).isEqualTo(CellStatus.NONE);
    }

    @Test
    void aTeamLeaderLeadingNoTeamSeesAnEmptyTableAndNoUnitReport() throws Exception {
        String notLeading = org.account("leader", org.communeA, memberA2, "TEAM_LEADER", "MEMBER");

        TeamTable team = Caller.as(notLeading, LEADER, () -> reports.myTeam());

        assertThat(team.teamId()).isNull();
        assertThat(team.members()).isEmpty();
        assertThatThrownBy(() -> Caller.as(leaderA, LEADER, () -> reports.byUnit(null)))
                .isInstanceOf(EJBAccessException.class);
    }

    @Test
    void csvHoldsTheRowsWithAByteOrderMarkAndFormulasNeutralised() throws Exception {
        StringWriter out = new StringWriter();

        Caller.as(admin, ADMIN, () -> reports.exportCsv(org.province, out));

        String csv = out.toString();
        assertThat(csv)
                .startsWith("\uFEFFunit_code,unit,skill_code,skill,members,certified,expired,certified_percent\r\n");
        assertThat(csv)
                .contains(org.code("DA") + ",Chợ Gạo " + org.suffix + ",S1" + org.suffix + ",'" + skill1Name
                        + ",5,2,0,40\r\n")
                .contains(org.code("DB") + ",Cái Bè " + org.suffix + ",S2" + org.suffix + ",B kỹ năng 2 " + org.suffix
                        + ",1,1,0,100\r\n")
                .doesNotContain("," + skill1Name + ",");
    }

    private static int skillColumn(TeamTable team, long skill) {
        for (int i = 0; i < team.skills().size(); i++) {
            if (team.skills().get(i).id() == skill) {
                return i;
            }
        }
        throw new AssertionError("No column for skill " + skill);
    }

    private static MemberCells member(TeamTable team, long member) {
        return team.members().stream()
                .filter(m -> m.memberId() == member)
                .findFirst()
                .orElseThrow();
    }

    private static Row<Unit> row(UnitTable table, long unit, long skill) {
        return table.rows().stream()
                .filter(r -> !r.direct() && r.unit().id() == unit && r.skill().id() == skill)
                .findFirst()
                .orElseThrow();
    }

    private static List<Long> counts(UnitTable table, long unit, long skill) {
        Row<Unit> row = row(table, unit, skill);
        return List.of(row.members(), row.certified(), row.expired());
    }
}
