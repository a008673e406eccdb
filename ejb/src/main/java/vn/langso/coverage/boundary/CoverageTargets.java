package vn.langso.coverage.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import vn.langso.accounts.boundary.CallerContext;
import vn.langso.coverage.control.TargetChoice;
import vn.langso.coverage.control.TargetRows;
import vn.langso.kernel.AreaScope;
import vn.langso.kernel.InvalidInputException;
import vn.langso.kernel.LocalDates;
import vn.langso.kernel.NotFoundException;
import vn.langso.org.boundary.AreaDrillDown;
import vn.langso.org.boundary.AreaUnit;

/**
 * Targets per unit and indicator: an admin sets them anywhere, a coordinator in his area; everyone who sees a unit's
 * coverage sees the targets it follows, its own or its nearest ancestor's.
 */
@Stateless
@RolesAllowed({"ADMIN", "COORDINATOR", "TEAM_LEADER"})
public class CoverageTargets {

    static final BigDecimal MOST = BigDecimal.valueOf(100);

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerContext callers;

    @Inject
    AreaDrillDown drillDown;

    @Inject
    TargetRows targets;

    @Inject
    Clock clock;

    /** The targets set on the unit itself, by indicator and date. */
    public List<TargetView> of(long unitId) {
        AreaUnit unit = drillDown.find(area(), unitId);
        return targets.on(List.of(unitId)).stream()
                .sorted(java.util.Comparator.comparing(TargetChoice.Row::indicator)
                        .thenComparing(TargetChoice.Row::dueOn))
                .map(row -> view(row, unit.name()))
                .toList();
    }

    /** Sets (or changes) the unit's target for the indicator due on that day. */
    @RolesAllowed({"ADMIN", "COORDINATOR"})
    public TargetView set(long unitId, Indicator indicator, BigDecimal percent, LocalDate dueOn) {
        AreaUnit unit = drillDown.find(area(), unitId);
        if (indicator == null) {
            throw new InvalidInputException("indicator", "coverage.target.indicatorMissing");
        }
        BigDecimal rounded = percent == null ? null : percent.setScale(1, RoundingMode.HALF_UP);
        if (rounded == null || rounded.signum() <= 0 || rounded.compareTo(MOST) > 0) {
            throw new InvalidInputException("percent", "coverage.target.percent.invalid");
        }
        if (dueOn == null || dueOn.isBefore(LocalDates.today(clock))) {
            throw new InvalidInputException("dueOn", "coverage.target.dueOnInvalid");
        }
        em.createNativeQuery("insert into coverage_target (unit_id, indicator, percent, due_on, set_by, set_at)"
                        + " values (?, ?, ?, ?, ?, ?) on duplicate key update percent = values(percent),"
                        + " set_by = values(set_by), set_at = values(set_at)")
                .setParameter(1, unitId)
                .setParameter(2, indicator.name())
                .setParameter(3, rounded)
                .setParameter(4, Date.valueOf(dueOn))
                .setParameter(5, callers.current().username())
                .setParameter(6, Timestamp.valueOf(LocalDateTime.now(clock)))
                .executeUpdate();
        return of(unitId).stream()
                .filter(t -> t.indicator() == indicator && t.dueOn().equals(dueOn))
                .findFirst()
                .orElseThrow();
    }

    /** Removes a target of a unit in the caller's area; gone already is fine (a resent removal). */
    @RolesAllowed({"ADMIN", "COORDINATOR"})
    public void remove(long targetId) {
        List<?> unit = em.createNativeQuery("select unit_id from coverage_target where id = ?")
                .setParameter(1, targetId)
                .getResultList();
        if (unit.isEmpty()) {
            return;
        }
        try {
            drillDown.find(area(), ((Number) unit.get(0)).longValue());
        } catch (NotFoundException outsideTheArea) {
            // Answered like a target that is not there (gone already is fine), so an id tells nothing.
            return;
        }
        em.createNativeQuery("delete from coverage_target where id = ?")
                .setParameter(1, targetId)
                .executeUpdate();
    }

    private TargetView view(TargetChoice.Row row, String unitName) {
        return new TargetView(
                row.id(), row.unitId(), unitName, Indicator.valueOf(row.indicator()), row.percent(), row.dueOn());
    }

    private AreaScope area() {
        return callers.current().area();
    }
}
