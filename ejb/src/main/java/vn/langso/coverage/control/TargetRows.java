package vn.langso.coverage.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Date;
import java.util.Collection;
import java.util.List;

/** Reads the targets set on units. */
@Dependent
public class TargetRows {

    @PersistenceContext
    EntityManager em;

    /** The targets set on any of the units, to choose from (see {@link TargetChoice}). */
    public List<TargetChoice.Row> on(Collection<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        List<?> rows = em.createNativeQuery("select id, unit_id, indicator, percent, due_on from coverage_target"
                        + " where unit_id in (:units)")
                .setParameter("units", unitIds)
                .getResultList();
        return rows.stream()
                .map(row -> (Object[]) row)
                .map(c -> new TargetChoice.Row(
                        ((Number) c[0]).longValue(),
                        ((Number) c[1]).longValue(),
                        (String) c[2],
                        (BigDecimal) c[3],
                        ((Date) c[4]).toLocalDate()))
                .toList();
    }
}
