package vn.langso.learning.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.langso.kernel.AreaScope;
import vn.langso.kernel.Page;
import vn.langso.kernel.PageRequest;
import vn.langso.learning.boundary.ReportTeamRow;

/**
 * One grouped query per team of an area: its members (open memberships) and how those members stand in one course.
 * A member in no team belongs to no unit, so reports, which count by team and unit, leave them out.
 */
public final class ReportTeamQuery {

    static final String NOT_STARTED =
            "sum(case when e.id is not null and e.completedAt is null and e.lessonsDone = 0 then 1 else 0 end)";
    static final String IN_PROGRESS = "sum(case when e.completedAt is null and e.lessonsDone > 0 then 1 else 0 end)";
    static final String COMPLETED = "sum(case when e.completedAt is not null then 1 else 0 end)";
    static final String OVERDUE = "sum(case when e.completedAt is null and e.dueOn < :today then 1 else 0 end)";

    static final String SELECT = "select t.id, t.name, u.id, u.code, u.name, u.path, count(m.id), count(e.id), "
            + NOT_STARTED + ", " + IN_PROGRESS + ", " + COMPLETED + ", " + OVERDUE
            + " from Team t join t.unit u"
            + " left join TeamMembership m on m.team = t and m.endedOn is null"
            + " left join Enrolment e on e.member = m.member and e.course.id = :course";
    static final String GROUP = " group by t.id, t.name, u.id, u.code, u.name, u.path";
    static final String DEFAULT_ORDER = "u.name, t.name, t.id";

    static final Map<String, String> SORTABLE = Map.of(
            "teamName",
            "t.name",
            "unitName",
            "u.name",
            "members",
            "count(m.id)",
            "enrolled",
            "count(e.id)",
            "notStarted",
            NOT_STARTED,
            "inProgress",
            IN_PROGRESS,
            "completed",
            COMPLETED,
            "overdue",
            OVERDUE);

    /** A team's row and the path of its unit, for the roll-up by unit. */
    public record TeamCounts(ReportTeamRow row, String unitPath) {}

    private final EntityManager em;
    private final long courseId;
    private final LocalDate today;
    private final AreaScope area;
    private final String subtreePath;

    /** {@code subtreePath}: only the teams of that unit's subtree, or null for the whole area. */
    public ReportTeamQuery(EntityManager em, long courseId, LocalDate today, AreaScope area, String subtreePath) {
        this.em = em;
        this.courseId = courseId;
        this.today = today;
        this.area = area;
        this.subtreePath = subtreePath;
    }

    public Page<ReportTeamRow> page(PageRequest request) {
        TypedQuery<Long> count = em.createQuery("select count(t) from Team t join t.unit u" + where(), Long.class);
        count.setParameter("area", area.pathPattern());
        if (subtreePath != null) {
            count.setParameter("subtree", subtreePath + "%");
        }
        List<ReportTeamRow> rows =
                query(order(request))
                        .setFirstResult(request.offset())
                        .setMaxResults(request.size())
                        .getResultList()
                        .stream()
                        .map(r -> row(r).row())
                        .toList();
        return Page.of(rows, count.getSingleResult(), request);
    }

    /** Every team of the area, by unit and name: at most the province's 1,300 or so. */
    public List<TeamCounts> all() {
        return query(" order by " + DEFAULT_ORDER).getResultList().stream()
                .map(ReportTeamQuery::row)
                .toList();
    }

    private TypedQuery<Object[]> query(String order) {
        TypedQuery<Object[]> query = em.createQuery(SELECT + where() + GROUP + order, Object[].class)
                .setParameter("course", courseId)
                .setParameter("today", today)
                .setParameter("area", area.pathPattern());
        if (subtreePath != null) {
            query.setParameter("subtree", subtreePath + "%");
        }
        return query;
    }

    private String where() {
        return " where u.path like :area" + (subtreePath == null ? "" : " and u.path like :subtree");
    }

    private static String order(PageRequest request) {
        String field = request.sortField() == null ? null : SORTABLE.get(request.sortField());
        if (field == null) {
            return " order by " + DEFAULT_ORDER;
        }
        return " order by " + field + (request.ascending() ? " asc" : " desc") + ", " + DEFAULT_ORDER;
    }

    private static TeamCounts row(Object[] r) {
        return new TeamCounts(
                new ReportTeamRow(
                        (Long) r[0],
                        (String) r[1],
                        (Long) r[2],
                        (String) r[3],
                        (String) r[4],
                        number(r[6]),
                        number(r[7]),
                        number(r[8]),
                        number(r[9]),
                        number(r[10]),
                        number(r[11])),
                (String) r[5]);
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
