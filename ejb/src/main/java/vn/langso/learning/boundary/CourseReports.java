package vn.langso.learning.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.langso.accounts.boundary.Caller;
import vn.langso.accounts.boundary.CallerContext;
import vn.langso.accounts.entity.Role;
import vn.langso.courses.entity.Course;
import vn.langso.courses.entity.CourseStatus;
import vn.langso.kernel.AreaScope;
import vn.langso.kernel.ListQuery;
import vn.langso.kernel.LocalDates;
import vn.langso.kernel.NotFoundException;
import vn.langso.kernel.Page;
import vn.langso.kernel.PageRequest;
import vn.langso.kernel.SearchKey;
import vn.langso.kernel.Sheet;
import vn.langso.learning.control.ReportRollup;
import vn.langso.learning.control.ReportSheets;
import vn.langso.learning.control.ReportTeamQuery;
import vn.langso.learning.control.ReportTeamQuery.TeamCounts;
import vn.langso.org.boundary.AreaDrillDown;
import vn.langso.org.boundary.AreaLevel;
import vn.langso.org.boundary.AreaUnit;

/**
 * How the members stand in a published or archived course, by team and by unit, within the caller's area: the whole
 * province for admins and trainers, a unit's subtree for coordinators and team leaders. A unit outside the area,
 * or a course not yet published, answers not found. The exports hold exactly the rows of the by-team list.
 */
@Stateless
@RolesAllowed({"ADMIN", "TRAINER", "COORDINATOR", "TEAM_LEADER"})
public class CourseReports {

    static final String COURSES = "select new vn.langso.learning.boundary.ReportCourseRow(c.id, r.title, c.status,"
            + " c.publishedAt, 0L, 0L, 0L)";
    static final Map<String, String> COURSE_SORTABLE =
            Map.of("title", "r.title", "status", "c.status", "publishedAt", "c.publishedAt");

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    CallerContext callers;

    @Inject
    AreaDrillDown drillDown;

    /** The published and archived courses, each with its totals in the caller's area. */
    public Page<ReportCourseRow> courses(String text, PageRequest request) {
        ListQuery<ReportCourseRow> query = new ListQuery<ReportCourseRow>(
                        COURSES, "from Course c join c.publishedRevision r", COURSE_SORTABLE, "c.id desc")
                .where("c.status in :statuses", "statuses", List.of(CourseStatus.PUBLISHED, CourseStatus.ARCHIVED));
        if (text != null && !text.isBlank()) {
            query.where("r.searchKey like :text", "text", SearchKey.containing(text));
        }
        Page<ReportCourseRow> page = query.page(em, ReportCourseRow.class, request);
        return new Page<>(withTotals(page.items()), page.total(), page.page(), page.size());
    }

    public ReportCourse course(long courseId) {
        return view(reportable(courseId));
    }

    /** The totals of the caller's area, or of a unit's subtree in it. */
    public ReportCounts summary(long courseId, Long unitId) {
        return ReportRollup.total(teams(courseId, unitId).all());
    }

    public Page<ReportTeamRow> byTeam(long courseId, Long unitId, PageRequest request) {
        return teams(courseId, unitId).page(request);
    }

    /** The children of a unit (by default the top of the caller's area), each with its subtree's counts. */
    public ReportUnitTable byUnit(long courseId, Long parentUnitId) {
        reportable(courseId);
        AreaScope area = area();
        AreaLevel level = drillDown.at(area, parentUnitId);
        if (level.isEmpty()) {
            return new ReportUnitTable(null, List.of(), List.of(), ReportCounts.NONE);
        }
        List<TeamCounts> teams = new ReportTeamQuery(em, courseId, today(), area, level.parentPath()).all();
        ReportUnit parentView = level.parent() == null ? null : unit(level.parent());
        List<ReportRollup.Child> children = level.children().stream()
                .map(child -> new ReportRollup.Child(unit(child), child.path(), child.hasChildren()))
                .toList();
        return new ReportUnitTable(
                parentView,
                level.trail().stream().map(CourseReports::unit).toList(),
                ReportRollup.rows(parentView, level.parentPath(), children, teams),
                ReportRollup.total(teams));
    }

    /** The by-team report of the course within the unit (null: the caller's area), to download. */
    public Sheet byTeamSheet(long courseId, Long unitId) {
        return ReportSheets.byTeam(courseId, rows(courseId, unitId));
    }

    private List<ReportTeamRow> rows(long courseId, Long unitId) {
        return teams(courseId, unitId).all().stream().map(TeamCounts::row).toList();
    }

    private ReportTeamQuery teams(long courseId, Long unitId) {
        reportable(courseId);
        AreaScope area = area();
        String subtree = unitId == null ? null : drillDown.find(area, unitId).path();
        return new ReportTeamQuery(em, courseId, today(), area, subtree);
    }

    private List<ReportCourseRow> withTotals(List<ReportCourseRow> courses) {
        if (courses.isEmpty()) {
            return courses;
        }
        Map<Long, Object[]> totals = new HashMap<>();
        em.createQuery(
                        "select e.course.id, count(e), sum(case when e.completedAt is not null then 1 else 0 end),"
                                + " sum(case when e.completedAt is null and e.dueOn < :today then 1 else 0 end)"
                                + " from Enrolment e join TeamMembership m on m.member = e.member and m.endedOn is null"
                                + " join m.team t join t.unit u"
                                + " where u.path like :area and e.course.id in :ids group by e.course.id",
                        Object[].class)
                .setParameter("today", today())
                .setParameter("area", area().pathPattern())
                .setParameter("ids", courses.stream().map(ReportCourseRow::id).toList())
                .getResultList()
                .forEach(row -> totals.put((Long) row[0], row));
        return courses.stream()
                .map(c -> {
                    Object[] t = totals.get(c.id());
                    return t == null
                            ? c
                            : new ReportCourseRow(
                                    c.id(),
                                    c.title(),
                                    c.status(),
                                    c.publishedAt(),
                                    ((Number) t[1]).longValue(),
                                    ((Number) t[2]).longValue(),
                                    ((Number) t[3]).longValue());
                })
                .toList();
    }

    private Course reportable(long courseId) {
        Course course = em.find(Course.class, courseId);
        if (course == null || !wasPublished(course)) {
            throw new NotFoundException();
        }
        return course;
    }

    /** Published now or archived after it was: a course archived as a draft never had learners to report on. */
    static boolean wasPublished(Course course) {
        return course.getStatus() != CourseStatus.DRAFT && course.getPublishedRevision() != null;
    }

    static ReportCourse view(Course course) {
        return new ReportCourse(course.getId(), course.getPublishedRevision().getTitle(), course.getStatus());
    }

    private static ReportUnit unit(AreaUnit unit) {
        return new ReportUnit(unit.id(), unit.code(), unit.name(), unit.typeLabel());
    }

    /** Admins and trainers report on the whole province (trainers keep no rosters, so no area); others on theirs. */
    private AreaScope area() {
        Caller caller = callers.current();
        if (!caller.isKnown()) {
            throw new NotFoundException();
        }
        return caller.has(Role.ADMIN) || caller.has(Role.TRAINER) ? AreaScope.EVERYWHERE : caller.area();
    }

    private LocalDate today() {
        return LocalDates.today(clock);
    }
}
