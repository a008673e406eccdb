package vn.langso.sessions.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import vn.langso.accounts.boundary.CallerContext;
import vn.langso.kernel.AreaScope;
import vn.langso.kernel.InvalidInputException;
import vn.langso.kernel.LocalDates;
import vn.langso.kernel.Sheet;
import vn.langso.org.boundary.AreaDrillDown;
import vn.langso.org.boundary.AreaLevel;
import vn.langso.org.boundary.AreaUnit;
import vn.langso.org.boundary.OrgDirectory;
import vn.langso.sessions.control.SessionRights;

/**
 * Sessions held and cancelled, people and households that came, in a period: per child unit of a unit in the
 * caller's area (the drill-down every report uses) and per facilitator; also as sheets to download. Counted from the
 * sessions' own figures, kept at each attendance, and the attendance rows for the different households.
 */
@Stateless
@RolesAllowed({"ADMIN", "TRAINER", "COORDINATOR", "TEAM_LEADER"})
public class SessionReports {

    /** The longest period a report covers: a year, as a steering committee's yearly report asks. */
    static final long MOST_DAYS = 366;

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerContext callers;

    @Inject
    AreaDrillDown drillDown;

    @Inject
    OrgDirectory directory;

    @Inject
    Clock clock;

    /** The children of the unit (null: the top of the caller's area), each with its subtree's sessions. */
    public SessionUnitTable byUnit(Long unitId, LocalDate from, LocalDate to) {
        checkPeriod(from, to);
        AreaLevel level = drillDown.at(area(), unitId);
        if (level.isEmpty()) {
            return new SessionUnitTable(null, List.of(), List.of(), SessionFigures.NONE);
        }
        List<SessionUnitRow> rows = new ArrayList<>();
        for (AreaUnit child : level.children()) {
            rows.add(new SessionUnitRow(
                    child, false, figures(directory.unitIdsIn(AreaScope.subtreeOf(child.path())), from, to)));
        }
        if (level.parent() != null) {
            SessionFigures own = figures(List.of(level.parent().id()), from, to);
            if (!own.equals(SessionFigures.NONE)) {
                rows.add(new SessionUnitRow(level.parent(), true, own));
            }
        }
        AreaScope whole = level.parent() == null ? area() : AreaScope.subtreeOf(level.parentPath());
        return new SessionUnitTable(level.parent(), level.trail(), rows, figures(directory.unitIdsIn(whole), from, to));
    }

    /** The members who led sessions in the unit's subtree (null: the caller's area), most sessions first. */
    public List<FacilitatorRow> byFacilitator(Long unitId, LocalDate from, LocalDate to) {
        checkPeriod(from, to);
        AreaScope within = unitId == null
                ? area()
                : AreaScope.subtreeOf(drillDown.find(area(), unitId).path());
        List<Long> units = directory.unitIdsIn(within);
        if (units.isEmpty()) {
            return List.of();
        }
        LocalDateTime now = LocalDates.nowInVietnam(clock);
        List<?> counted = period(
                        em.createNativeQuery("select f.member_id,"
                                + " sum(case when o.status = 'SCHEDULED' and o.starts_at < :now then 1 else 0 end),"
                                + " sum(case when o.status = 'CANCELLED' then 1 else 0 end),"
                                + " sum(o.people_attended),"
                                + " (select count(distinct a.household_id) from session_attendance a"
                                + " join session_occurrence x on x.id = a.occurrence_id"
                                + " join session_facilitator y on y.series_id = x.series_id"
                                + " where y.member_id = f.member_id and x.unit_id in (:units)"
                                + " and x.starts_at >= :from and x.starts_at < :to)"
                                + " from session_occurrence o join session_facilitator f on f.series_id = o.series_id"
                                + " where o.unit_id in (:units) and o.starts_at >= :from and o.starts_at < :to"
                                + " group by f.member_id"),
                        units,
                        from,
                        to)
                .setParameter("now", now)
                .getResultList();
        Map<Long, String> names = directory.memberNames(counted.stream()
                .map(row -> ((Number) ((Object[]) row)[0]).longValue())
                .toList());
        return counted.stream()
                .map(row -> (Object[]) row)
                .map(row -> new FacilitatorRow(
                        ((Number) row[0]).longValue(),
                        names.getOrDefault(((Number) row[0]).longValue(), ""),
                        new SessionFigures(number(row[1]), number(row[2]), number(row[3]), number(row[4]))))
                .sorted(Comparator.comparingLong(
                                (FacilitatorRow row) -> -row.figures().held())
                        .thenComparing(FacilitatorRow::name))
                .toList();
    }

    public Sheet byUnitSheet(Long unitId, LocalDate from, LocalDate to) {
        return sheet(
                "units",
                from,
                to,
                Sheet.column("unit_code", "sessions.report.unitCode"),
                Sheet.column("unit", "sessions.report.unit"),
                byUnit(unitId, from, to).rows().stream()
                        .map(row -> cells(row.unit().code(), row.unit().name(), row.figures()))
                        .toList());
    }

    public Sheet byFacilitatorSheet(Long unitId, LocalDate from, LocalDate to) {
        return sheet(
                "facilitators",
                from,
                to,
                Sheet.column("member_id", "sessions.report.memberId"),
                Sheet.column("facilitator", "sessions.report.facilitator"),
                byFacilitator(unitId, from, to).stream()
                        .map(row -> cells(row.memberId(), row.name(), row.figures()))
                        .toList());
    }

    /** A table of the report: who or where (a key and a name), then the figures. */
    private static Sheet sheet(
            String table, LocalDate from, LocalDate to, Sheet.Column key, Sheet.Column name, List<List<Object>> rows) {
        return new Sheet(
                "sessions.report.sheet." + table,
                "sessions-" + table + "-" + from + "-" + to,
                List.of(
                        key,
                        name,
                        Sheet.column("held", "sessions.report.held"),
                        Sheet.column("cancelled", "sessions.report.cancelled"),
                        Sheet.column("people", "sessions.report.people"),
                        Sheet.column("households", "sessions.report.households")),
                rows);
    }

    private SessionFigures figures(List<Long> units, LocalDate from, LocalDate to) {
        if (units.isEmpty()) {
            return SessionFigures.NONE;
        }
        Object[] sessions = (Object[]) period(
                        em.createNativeQuery("select"
                                + " coalesce(sum(case when o.status = 'SCHEDULED' and o.starts_at < :now then 1"
                                + " else 0 end), 0),"
                                + " coalesce(sum(case when o.status = 'CANCELLED' then 1 else 0 end), 0),"
                                + " coalesce(sum(o.people_attended), 0) from session_occurrence o"
                                + " where o.unit_id in (:units) and o.starts_at >= :from and o.starts_at < :to"),
                        units,
                        from,
                        to)
                .setParameter("now", LocalDates.nowInVietnam(clock))
                .getSingleResult();
        Number households = (Number) period(
                        em.createNativeQuery("select count(distinct a.household_id) from session_attendance a"
                                + " join session_occurrence o on o.id = a.occurrence_id where o.unit_id in (:units)"
                                + " and o.starts_at >= :from and o.starts_at < :to"),
                        units,
                        from,
                        to)
                .getSingleResult();
        return new SessionFigures(
                number(sessions[0]), number(sessions[1]), number(sessions[2]), households.longValue());
    }

    private static Query period(Query query, List<Long> units, LocalDate from, LocalDate to) {
        return query.setParameter("units", units)
                .setParameter("from", from.atStartOfDay())
                .setParameter("to", to.plusDays(1).atStartOfDay());
    }

    /** From and to both included; at most a year. */
    private static void checkPeriod(LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from) || ChronoUnit.DAYS.between(from, to) >= MOST_DAYS) {
            throw new InvalidInputException("to", "sessions.report.period", MOST_DAYS);
        }
    }

    private AreaScope area() {
        return SessionRights.readableArea(callers.current());
    }

    private static List<Object> cells(Object key, String name, SessionFigures figures) {
        return List.of(key, name, figures.held(), figures.cancelled(), figures.people(), figures.households());
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
