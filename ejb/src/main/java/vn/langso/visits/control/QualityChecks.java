package vn.langso.visits.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.langso.visits.entity.FlagKind;
import vn.langso.visits.entity.ServiceOutcome;
import vn.langso.visits.entity.Visit;

/**
 * Raises the data-quality flags of a visit when it is stored: never a refusal, a doubt for a team leader or
 * coordinator to look at. One flag of a kind per visit (a unique key), so an edit or a resend raises none twice.
 */
@Dependent
public class QualityChecks {

    public static final int DAYS_BACK = 30;
    public static final int WORST_GPS_ACCURACY_METERS = 100;
    /** A phone's clock a little ahead is not a visit in the future. */
    static final int FUTURE_TOLERANCE_MINUTES = 10;

    @PersistenceContext
    EntityManager em;

    /** {@code householdInTeamArea}: whether the household's hamlet lies in the team's unit. */
    public Map<FlagKind, String> check(
            Visit visit,
            boolean householdInTeamArea,
            LocalDateTime nowInVietnam,
            LocalDateTime nowUtc,
            int visitsPerHourLimit) {
        Map<FlagKind, String> flags = new EnumMap<>(FlagKind.class);
        if (repeatsAServiceToday(visit)) {
            flags.put(FlagKind.SAME_DAY_REPEAT, null);
        }
        if (visit.getVisitedAt().isAfter(nowInVietnam.plusMinutes(FUTURE_TOLERANCE_MINUTES))) {
            flags.put(FlagKind.DATED_IN_FUTURE, visit.getVisitedAt().toString());
        }
        LocalDate today = nowInVietnam.toLocalDate();
        if (visit.getVisitedOn().isBefore(today.minusDays(DAYS_BACK))) {
            flags.put(FlagKind.DATED_TOO_LONG_AGO, visit.getVisitedOn().toString());
        }
        if (!householdInTeamArea) {
            flags.put(FlagKind.OUTSIDE_TEAM_AREA, null);
        }
        long inTheHour = visitsOfTheAuthorInTheHour(visit);
        if (inTheHour > visitsPerHourLimit) {
            flags.put(FlagKind.TOO_MANY_PER_HOUR, String.valueOf(inTheHour));
        }
        if (visit.getAccuracyMeters() != null && visit.getAccuracyMeters() > WORST_GPS_ACCURACY_METERS) {
            flags.put(FlagKind.GPS_INACCURATE, visit.getAccuracyMeters() + " m");
        }
        flags.forEach((kind, detail) -> raise(visit, kind, detail, nowUtc));
        return flags;
    }

    private boolean repeatsAServiceToday(Visit visit) {
        List<String> services = visit.getServices().stream()
                .map(ServiceOutcome::getService)
                .map(Enum::name)
                .toList();
        Number others = (Number) em.createNativeQuery("select count(*) from visit v join visit_service s"
                        + " on s.visit_id = v.id where v.household_id = :household and v.visited_on = :day"
                        + " and v.id <> :visit and s.service in (:services)")
                .setParameter("household", visit.getHouseholdId())
                .setParameter("day", java.sql.Date.valueOf(visit.getVisitedOn()))
                .setParameter("visit", visit.getId())
                .setParameter("services", services)
                .getSingleResult();
        return others.longValue() > 0;
    }

    /** The author's visits in the hour up to this one, this one included. */
    private long visitsOfTheAuthorInTheHour(Visit visit) {
        Number count = (Number) em.createNativeQuery("select count(*) from visit where author_member_id = ?"
                        + " and visited_at > ? and visited_at <= ?")
                .setParameter(1, visit.getAuthorMemberId())
                .setParameter(2, Timestamp.valueOf(visit.getVisitedAt().minusHours(1)))
                .setParameter(3, Timestamp.valueOf(visit.getVisitedAt()))
                .getSingleResult();
        return count.longValue();
    }

    private void raise(Visit visit, FlagKind kind, String detail, LocalDateTime now) {
        em.createNativeQuery("insert into visit_flag (visit_id, kind, detail, team_id, unit_id, raised_at)"
                        + " values (?, ?, ?, ?, ?, ?) on duplicate key update detail = values(detail)")
                .setParameter(1, visit.getId())
                .setParameter(2, kind.name())
                .setParameter(3, detail)
                .setParameter(4, visit.getTeamId())
                .setParameter(5, visit.getUnitId())
                .setParameter(6, Timestamp.valueOf(now))
                .executeUpdate();
    }
}
