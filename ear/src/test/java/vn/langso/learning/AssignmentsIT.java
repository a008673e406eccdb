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
import vn.langso.kernel.ConflictException;
import vn.langso.kernel.InvalidInputException;
import vn.langso.kernel.NotFoundException;
import vn.langso.learning.boundary.AssignmentOutcome;
import vn.langso.learning.boundary.AssignmentPreview;
import vn.langso.learning.boundary.AssignmentView;
import vn.langso.learning.boundary.CourseAssignments;

/**
 * Runs inside the server: assignments enrol exactly the members with an open membership in the target team, or in
 * the teams of the target unit's subtree, once each, and give the already enrolled the earlier due date.
 */
@ExtendWith(ArquillianExtension.class)
class AssignmentsIT {

    static final Set<String> TRAINER = Set.of("TRAINER");
    static final LocalDate DUE = ReportRows.TODAY.plusDays(30);

    @Inject
    CourseAssignments assignments;

    @Resource(lookup = "java:jboss/datasources/LangSoDS")
    DataSource dataSource;

    OrgFixture org;
    ReportRows rows;
    String trainer;
    long course;
    long villageTeam;
    long villagerOne;
    long villagerTwo;
    long formerMember;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.langSo(
                AssignmentsIT.class,
                ReportRows.class,
                OrgFixture.class,
                OrgFixture.Connections.class,
                AccountRows.class);
    }

    /**
     * District A holds commune A (team A: member A) and, below it, a hamlet with its own team of two; a former
     * member of team A is in no team now. District B holds team B (member B).
     */
    @BeforeEach
    void ownOrganisationAndCourse() throws Exception {
        org = OrgFixture.create(dataSource::getConnection);
        rows = new ReportRows(dataSource::getConnection);
        trainer = org.account("trainer", null, null, "TRAINER");
        course = rows.publishedCourse(trainer, "Kích hoạt VNeID mức 2 " + org.suffix, 2);
        long hamlet = rows.unit(org.code("V"), "Ấp Bình Hoà " + org.suffix, "VILLAGE", org.communeA);
        villageTeam = rows.team(hamlet, "Tổ ấp Bình Hoà " + org.suffix);
        villagerOne = rows.member("Lê Thị Cúc " + org.suffix, villageTeam);
        villagerTwo = rows.member("Võ Văn Dũng " + org.suffix, villageTeam);
        formerMember = rows.formerMember("Đặng Văn Em " + org.suffix, org.teamA, null);
    }

    @Test
    void assignmentToAUnitEnrolsExactlyTheOpenMembersOfItsSubtree() throws Exception {
        AssignmentOutcome outcome =
                Caller.as(trainer, TRAINER, () -> assignments.assignToUnit(course, org.code("DA"), DUE));

        assertThat(rows.enrolledMembers(course))
                .containsExactlyInAnyOrder(org.memberA, villagerOne, villagerTwo)
                .doesNotContain(org.memberB, formerMember);
        assertThat(outcome.enrolled()).isEqualTo(3);
        Object[] enrolment = rows.enrolment(course, villagerOne);
        assertThat(enrolment[0]).isEqualTo(outcome.assignment().id());
        assertThat(enrolment[1]).isEqualTo(DUE);
        assertThat(enrolment[3])
                .as("required lessons of the published revision")
                .isEqualTo(2);
    }

    @Test
    void assignmentToATeamEnrolsExactlyItsTeam() throws Exception {
        Caller.as(trainer, TRAINER, () -> assignments.assignToTeam(course, villageTeam, DUE));

        assertThat(rows.enrolledMembers(course)).containsExactlyInAnyOrder(villagerOne, villagerTwo);
    }

    @Test
    void assigningTwiceEnrolsNobodyTwice() throws Exception {
        Caller.as(trainer, TRAINER, () -> assignments.assignToUnit(course, org.code("DA"), DUE));
        AssignmentOutcome again =
                Caller.as(trainer, TRAINER, () -> assignments.assignToUnit(course, org.code("DA"), DUE));
        Caller.as(trainer, TRAINER, () -> assignments.assignToTeam(course, villageTeam, DUE.plusDays(1)));

        assertThat(rows.enrolledMembers(course)).hasSize(3).doesNotHaveDuplicates();
        assertThat(again.enrolled()).isZero();
        assertThat(again.dueDateSet()).isZero();
    }

    @Test
    void alreadyEnrolledMembersKeepTheirProgressAndGetTheEarlierDueDate() throws Exception {
        rows.enrol(course, villagerOne, 1, 2, null);
        rows.enrol(course, villagerTwo, 0, 2, DUE.minusDays(5));

        AssignmentOutcome outcome =
                Caller.as(trainer, TRAINER, () -> assignments.assignToTeam(course, villageTeam, DUE));

        assertThat(outcome.enrolled()).isZero();
        assertThat(outcome.dueDateSet()).isEqualTo(1);
        Object[] selfEnrolled = rows.enrolment(course, villagerOne);
        assertThat(selfEnrolled[0]).isEqualTo(outcome.assignment().id());
        assertThat(selfEnrolled[1]).isEqualTo(DUE);
        assertThat(selfEnrolled[2]).as("lessons done").isEqualTo(1);
        assertThat(rows.enrolment(course, villagerTwo)[1])
                .as("the earlier date stays")
                .isEqualTo(DUE.minusDays(5));
    }

    @Test
    void thePreviewCountsTheMembersBeforeAnyoneIsEnrolled() throws Exception {
        rows.enrol(course, villagerOne, 1, 2, null);

        AssignmentPreview preview =
                Caller.as(trainer, TRAINER, () -> assignments.previewUnit(course, org.code("DA"), DUE));

        assertThat(preview.members()).isEqualTo(3);
        assertThat(preview.alreadyEnrolled()).isEqualTo(1);
        assertThat(rows.enrolledMembers(course)).containsExactly(villagerOne);
    }

    @Test
    void anUnpublishedCourseOrAPastDueDateIsRefused() throws Exception {
        long draft = rows.draftCourse(trainer, "Bản nháp " + org.suffix);
        long archived = rows.publishedCourse(trainer, "Đã lưu trữ " + org.suffix, 1);
        rows.archive(archived);

        assertThatThrownBy(() -> Caller.as(trainer, TRAINER, () -> assignments.assignToTeam(draft, org.teamA, DUE)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> Caller.as(trainer, TRAINER, () -> assignments.assignToTeam(archived, org.teamA, DUE)))
                .isInstanceOf(ConflictException.class)
                .hasMessage("reports.assign.notPublished");
        assertThatThrownBy(() -> Caller.as(
                        trainer,
                        TRAINER,
                        () -> assignments.assignToTeam(course, org.teamA, ReportRows.TODAY.minusDays(1))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("reports.assign.duePast");
        assertThat(rows.enrolledMembers(draft)).isEmpty();
        assertThat(rows.enrolledMembers(course)).isEmpty();
    }

    @Test
    void theListCountsEachAssignmentsEnrolledCompletedAndOverdue() throws Exception {
        Caller.as(trainer, TRAINER, () -> assignments.assignToUnit(course, org.code("DA"), DUE));
        rows.complete(course, villagerOne);
        rows.setDueOn(course, villagerTwo, ReportRows.TODAY.minusDays(1));

        List<AssignmentView> list = Caller.as(trainer, TRAINER, () -> assignments.list(course));

        assertThat(list).hasSize(1);
        AssignmentView assignment = list.get(0);
        assertThat(assignment.unitCode()).isEqualTo(org.code("DA"));
        assertThat(assignment.enrolled()).isEqualTo(3);
        assertThat(assignment.completed()).isEqualTo(1);
        assertThat(assignment.overdue()).isEqualTo(1);
    }

    @Test
    void changingTheDueDateMovesItsEnrolments() throws Exception {
        AssignmentOutcome outcome =
                Caller.as(trainer, TRAINER, () -> assignments.assignToTeam(course, villageTeam, DUE));

        Caller.as(
                trainer,
                TRAINER,
                () -> assignments.changeDueDate(outcome.assignment().id(), DUE.plusDays(10)));

        assertThat(rows.enrolment(course, villagerOne)[1]).isEqualTo(DUE.plusDays(10));
        assertThat(rows.enrolment(course, villagerTwo)[1]).isEqualTo(DUE.plusDays(10));
    }

    /** The province's size: 8,000 members in 400 teams, enrolled by one assignment. */
    @Test
    void assigningADistrictOf8000MembersTakesSeconds() throws Exception {
        rows.manyTeams(org.communeB, "Tổ lớn " + org.suffix, 400, 20);

        long started = System.nanoTime();
        AssignmentOutcome outcome =
                Caller.as(trainer, TRAINER, () -> assignments.assignToUnit(course, org.code("DB"), DUE));
        long millis = (System.nanoTime() - started) / 1_000_000;

        System.out.printf("Assigned a course to %d members in %d ms%n", outcome.enrolled(), millis);
        assertThat(outcome.enrolled()).isEqualTo(8001);
        assertThat(millis).isLessThan(10_000);
    }

    @Test
    void anotherTrainersDraftIsNotFoundWithItsTitle() throws Exception {
        long draft = rows.draftCourse(trainer, "Nháp riêng " + org.suffix);
        long archivedDraft = rows.archivedDraft(trainer, "Nháp lưu trữ " + org.suffix);
        String other = org.account("other", null, null, "TRAINER");

        for (long course : List.of(draft, archivedDraft)) {
            assertThatThrownBy(() -> Caller.as(other, TRAINER, () -> assignments.course(course)))
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> Caller.as(other, TRAINER, () -> assignments.list(course)))
                    .isInstanceOf(NotFoundException.class);
        }
    }

    @Test
    void anInactiveTeamIsNotAssigned() throws Exception {
        rows.deactivateTeam(villageTeam);

        assertThatThrownBy(() -> Caller.as(trainer, TRAINER, () -> assignments.assignToTeam(course, villageTeam, DUE)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("team"))
                .hasMessage("reports.assign.teamInactive");
        assertThatThrownBy(() -> Caller.as(trainer, TRAINER, () -> assignments.previewTeam(course, villageTeam, DUE)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("reports.assign.teamInactive");
        AssignmentPreview preview =
                Caller.as(trainer, TRAINER, () -> assignments.previewUnit(course, org.code("DA"), DUE));
        assertThat(preview.members()).isEqualTo(1);
        AssignmentOutcome outcome =
                Caller.as(trainer, TRAINER, () -> assignments.assignToUnit(course, org.code("DA"), DUE));
        assertThat(outcome.enrolled()).isEqualTo(1);
        assertThat(rows.enrolledMembers(course)).containsExactly(org.memberA);
    }

    @Test
    void anInactiveTeamsEnrolledMembersKeepTheirDueDate() throws Exception {
        rows.enrol(course, villagerOne, 0, 2, null);
        rows.deactivateTeam(villageTeam);

        AssignmentOutcome outcome =
                Caller.as(trainer, TRAINER, () -> assignments.assignToUnit(course, org.code("DA"), DUE));

        assertThat(outcome.dueDateSet()).isZero();
        assertThat(rows.enrolment(course, villagerOne)[1]).isNull();
    }

    @Test
    void coordinatorsDoNotAssign() throws Exception {
        String coordinator = org.account("coord", org.districtA, null, "COORDINATOR");

        assertThatThrownBy(() -> Caller.as(
                        coordinator, Set.of("COORDINATOR"), () -> assignments.assignToTeam(course, org.teamA, DUE)))
                .isInstanceOf(EJBAccessException.class);
    }
}
