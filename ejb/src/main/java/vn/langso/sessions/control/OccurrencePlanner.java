package vn.langso.sessions.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import vn.langso.sessions.entity.SessionSeries;

/**
 * Makes the occurrences of a series rows, up to a horizon. One insert for the window, ignoring a start that is a row
 * already (its unique key is the series and the start the rule gave), so extending twice, or from two nodes at once,
 * adds each occurrence once, and a cancelled or moved occurrence is never put back.
 */
@Dependent
public class OccurrencePlanner {

    @PersistenceContext
    EntityManager em;

    /** The series' starts from where it was planned up to {@code until} (exclusive); answers how many are new. */
    public int extend(SessionSeries series, LocalDateTime until) {
        if (!until.isAfter(series.getPlannedUntil())) {
            return 0;
        }
        List<LocalDateTime> starts =
                Recurrence.startsBetween(series.getFirstStart(), series.getRrule(), series.getPlannedUntil(), until);
        // A rule with no start left is planned for good, so the horizon job stops coming back to it.
        series.plannedUntil(
                Recurrence.startsFrom(series.getFirstStart(), series.getRrule(), until)
                        ? until
                        : SessionSeries.PLANNED_FOR_GOOD);
        if (starts.isEmpty()) {
            return 0;
        }
        StringBuilder sql = new StringBuilder("insert ignore into session_occurrence (series_id, unit_id,"
                + " recurrence_start, starts_at, ends_at, status, version) values ");
        for (int i = 0; i < starts.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?, ?, 'SCHEDULED', 0)");
        }
        Query insert = em.createNativeQuery(sql.toString());
        int p = 1;
        for (LocalDateTime start : starts) {
            insert.setParameter(p++, series.getId());
            insert.setParameter(p++, series.getUnitId());
            insert.setParameter(p++, Timestamp.valueOf(start));
            insert.setParameter(p++, Timestamp.valueOf(start));
            insert.setParameter(p++, Timestamp.valueOf(start.plusMinutes(series.getDurationMinutes())));
        }
        return insert.executeUpdate();
    }
}
