package vn.langso.learning.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.langso.accounts.entity.Account;
import vn.langso.courses.control.CourseAccess;
import vn.langso.courses.entity.Course;
import vn.langso.courses.entity.CourseStatus;
import vn.langso.kernel.ConflictException;
import vn.langso.kernel.InvalidInputException;
import vn.langso.kernel.LocalDates;
import vn.langso.kernel.NotFoundException;
import vn.langso.kernel.SearchKey;
import vn.langso.learning.control.AssignmentEnrolment;
import vn.langso.learning.control.AssignmentTarget;
import vn.langso.learning.entity.CourseAssignment;
import vn.langso.org.entity.AdminUnit;
import vn.langso.org.entity.Team;

/**
 * Trainers and admins give a published course to a team, or to every team of a unit's subtree, with a due date; the
 * members with an open membership there are enrolled at once. Trainers work for the whole province, so neither role
 * is limited to an area here.
 */
@Stateless
@RolesAllowed({"ADMIN", "TRAINER"})
public class CourseAssignments {

    static final int TEAM_CHOICES = 20;

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    Clock clock;

    @Inject
    CourseAccess access;

    @Inject
    AssignmentEnrolment enrolment;

    public ReportCourse course(long courseId) {
        return CourseReports.view(course(courseId, false));
    }

    /** What assigning to the team would do; refuses what the assignment would refuse. */
    public AssignmentPreview previewTeam(long courseId, long teamId, LocalDate dueOn) {
        course(courseId, true);
        AssignmentTarget target = AssignmentTarget.team(team(teamId).getId());
        checked(dueOn);
        return enrolment.preview(courseId, target);
    }

    /** What assigning to the unit's subtree would do; refuses what the assignment would refuse. */
    public AssignmentPreview previewUnit(long courseId, String unitCode, LocalDate dueOn) {
        course(courseId, true);
        AssignmentTarget target = AssignmentTarget.subtree(unit(unitCode).getPath());
        checked(dueOn);
        return enrolment.preview(courseId, target);
    }

    public AssignmentOutcome assignToTeam(long courseId, long teamId, LocalDate dueOn) {
        Course course = course(courseId, true);
        Team team = team(teamId);
        return assign(
                CourseAssignment.toTeam(course, team, checked(dueOn), caller(), now()), AssignmentTarget.team(teamId));
    }

    public AssignmentOutcome assignToUnit(long courseId, String unitCode, LocalDate dueOn) {
        Course course = course(courseId, true);
        AdminUnit unit = unit(unitCode);
        return assign(
                CourseAssignment.toUnitSubtree(course, unit, checked(dueOn), caller(), now()),
                AssignmentTarget.subtree(unit.getPath()));
    }

    public AssignmentView changeDueDate(long assignmentId, LocalDate dueOn) {
        CourseAssignment assignment = em.find(CourseAssignment.class, assignmentId);
        if (assignment == null) {
            throw new NotFoundException();
        }
        assignment.setDueOn(checked(dueOn));
        em.flush();
        enrolment.moveDueDate(assignment);
        return view(assignment.getCourse().getId(), assignmentId);
    }

    /** Newest first, each with its enrolments counted. */
    public List<AssignmentView> list(long courseId) {
        course(courseId, false);
        return withCounts(
                courseId,
                em.createQuery(AssignmentQueries.VIEW + " order by a.assignedAt desc, a.id desc", Object[].class)
                        .setParameter("course", courseId)
                        .getResultList());
    }

    /** Active teams whose name holds the text, with or without diacritics, for the target picker. */
    public List<AssignmentTeam> teams(String text) {
        return em.createQuery(
                        "select new vn.langso.learning.boundary.AssignmentTeam(t.id, t.name, u.code, u.name)"
                                + " from Team t join t.unit u where t.active = true and t.searchKey like :text"
                                + " order by t.name, u.name",
                        AssignmentTeam.class)
                .setParameter("text", SearchKey.containing(text == null ? "" : text))
                .setMaxResults(TEAM_CHOICES)
                .getResultList();
    }

    private AssignmentOutcome assign(CourseAssignment assignment, AssignmentTarget target) {
        em.persist(assignment);
        em.flush();
        int enrolled = enrolment.enrolNewMembers(assignment, target, now());
        int dueDateSet = enrolment.dueEarlier(assignment, target);
        return new AssignmentOutcome(view(assignment.getCourse().getId(), assignment.getId()), enrolled, dueDateSet);
    }

    private AssignmentView view(long courseId, long assignmentId) {
        return withCounts(
                        courseId,
                        em.createQuery(AssignmentQueries.VIEW + " and a.id = :id", Object[].class)
                                .setParameter("course", courseId)
                                .setParameter("id", assignmentId)
                                .getResultList())
                .get(0);
    }

    private List<AssignmentView> withCounts(long courseId, List<Object[]> rows) {
        Map<Long, Object[]> counts = new HashMap<>();
        em.createQuery(AssignmentQueries.COUNTS, Object[].class)
                .setParameter("course", courseId)
                .setParameter("today", today())
                .getResultList()
                .forEach(row -> counts.put((Long) row[0], row));
        return rows.stream()
                .map(row -> AssignmentQueries.view(courseId, row, counts.get((Long) row[0])))
                .toList();
    }

    /**
     * The course by id, once published (archived ones keep their assignments); a draft answers not found, so that
     * its title stays with its editors. To assign it, it must be published now.
     */
    private Course course(long courseId, boolean toAssign) {
        Course course = em.find(Course.class, courseId);
        if (course == null || !CourseReports.wasPublished(course)) {
            throw new NotFoundException();
        }
        if (toAssign && course.getStatus() != CourseStatus.PUBLISHED) {
            throw new ConflictException("reports.assign.notPublished");
        }
        return course;
    }

    private Team team(long teamId) {
        Team team = em.find(Team.class, teamId);
        if (team == null) {
            throw new InvalidInputException("team", "reports.assign.teamUnknown");
        }
        if (!team.isActive()) {
            throw new InvalidInputException("team", "reports.assign.teamInactive");
        }
        return team;
    }

    private AdminUnit unit(String code) {
        String trimmed = code == null ? "" : code.trim();
        List<AdminUnit> found = em.createQuery(
                        "select u from AdminUnit u where u.code = :code and u.validTo is null", AdminUnit.class)
                .setParameter("code", trimmed)
                .getResultList();
        if (found.isEmpty()) {
            throw new InvalidInputException("unit", "reports.assign.unitUnknown", trimmed);
        }
        return found.get(0);
    }

    private LocalDate checked(LocalDate dueOn) {
        if (dueOn == null) {
            throw new InvalidInputException("dueOn", "reports.assign.dueRequired");
        }
        if (dueOn.isBefore(today())) {
            throw new InvalidInputException("dueOn", "reports.assign.duePast");
        }
        return dueOn;
    }

    private Account caller() {
        return access.caller(session.getCallerPrincipal().getName());
    }

    private LocalDate today() {
        return LocalDates.today(clock);
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
