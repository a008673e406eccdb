package vn.langso.learning.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.langso.learning.boundary.ReportCounts;
import vn.langso.learning.boundary.ReportTeamRow;
import vn.langso.learning.boundary.ReportUnit;
import vn.langso.learning.boundary.ReportUnitRow;
import vn.langso.learning.control.ReportTeamQuery.TeamCounts;

class ReportRollupTest {

    static final ReportUnit COMMUNE = new ReportUnit(3, "C", "Bình Phục Nhứt", "xã");
    static final ReportUnit HAMLET_ONE = new ReportUnit(4, "H1", "Ấp Một", "ấp");
    static final ReportUnit HAMLET_TWO = new ReportUnit(5, "H2", "Ấp Hai", "ấp");
    static final List<ReportRollup.Child> HAMLETS = List.of(
            new ReportRollup.Child(HAMLET_ONE, "/1/2/3/4/", false),
            new ReportRollup.Child(HAMLET_TWO, "/1/2/3/5/", false));

    @Test
    void aChildAddsUpTheTeamsOfItsSubtreeOnly() {
        List<TeamCounts> teams = List.of(
                team(10, "/1/2/3/4/", 5, 3, 1, 1, 1, 1),
                team(11, "/1/2/3/4/", 4, 2, 0, 1, 1, 0),
                team(12, "/1/2/3/5/", 6, 6, 6, 0, 0, 2));

        List<ReportUnitRow> rows = ReportRollup.rows(COMMUNE, "/1/2/3/", HAMLETS, teams);

        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).counts()).isEqualTo(new ReportCounts(9, 5, 1, 2, 2, 1));
        assertThat(rows.get(1).counts()).isEqualTo(new ReportCounts(6, 6, 6, 0, 0, 2));
        assertThat(ReportRollup.total(teams)).isEqualTo(new ReportCounts(15, 11, 7, 2, 2, 3));
    }

    @Test
    void teamsOfTheParentItselfGetARowOfTheirOwn() {
        List<TeamCounts> teams =
                List.of(team(10, "/1/2/3/", 2, 1, 1, 0, 0, 0), team(11, "/1/2/3/5/", 1, 1, 0, 0, 1, 0));

        List<ReportUnitRow> rows = ReportRollup.rows(COMMUNE, "/1/2/3/", HAMLETS, teams);

        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).counts()).isEqualTo(ReportCounts.NONE);
        assertThat(rows.get(2).direct()).isTrue();
        assertThat(rows.get(2).unit()).isEqualTo(COMMUNE);
        assertThat(rows.get(2).counts()).isEqualTo(new ReportCounts(2, 1, 1, 0, 0, 0));
    }

    @Test
    void aPathPrefixDoesNotMatchASiblingWithALongerId() {
        List<ReportRollup.Child> children = List.of(new ReportRollup.Child(HAMLET_ONE, "/1/2/3/4/", false));

        List<ReportUnitRow> rows =
                ReportRollup.rows(COMMUNE, "/1/2/3/", children, List.of(team(10, "/1/2/3/45/", 7, 7, 7, 0, 0, 0)));

        assertThat(rows.get(0).counts()).isEqualTo(ReportCounts.NONE);
    }

    private static TeamCounts team(
            long id,
            String path,
            long members,
            long enrolled,
            long notStarted,
            long inProgress,
            long completed,
            long overdue) {
        return new TeamCounts(
                new ReportTeamRow(
                        id,
                        "Tổ " + id,
                        1,
                        "U",
                        "Đơn vị",
                        members,
                        enrolled,
                        notStarted,
                        inProgress,
                        completed,
                        overdue),
                path);
    }
}
