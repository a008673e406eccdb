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
        Neighbours neighbours = neighbours(visit);
        if (neighbours.sameServiceSameDay() > 0) {
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
        if (neighbours.authorsInTheHour() > visitsPerHourLimit) {
            flags.put(FlagKind.TOO_MANY_PER_HOUR, String.valueOf(neighbours.authorsInTheHour()));
        }
        if (visit.getAccuracyMeters() != null && visit.getAccuracyMeters() > WORST_GPS_ACCURACY_METERS) {
            flags.put(FlagKind.GPS_INACCURATE, visit.getAccuracyMeters() + " m");
        }
        flags.forEach((kind, detail) -> raise(visit, kind, detail, nowUtc));
        return flags;
    }

    /**
     * The other visits a check compares with, counted in one round trip: those of the same household on the same day
     * with a service in common, and the author's in the hour up to this one (this one included).
     */
    private record Neighbours(long sameServiceSameDay, long authorsInTheHour) {}

    private Neighbours neighbours(Visit visit) {
        List<String> services = visit.getServices().stream()
                .map(ServiceOutcome::getService)
                .map(Enum::name)
                .toList();
        Object[] counts = (Object[]) em.createNativeQuery("select (select count(*) from visit v join visit_service s"
                        + " on s.visit_id = v.id where v.household_id = :household and v.visited_on = :day"
                        + " and v.id <> :visit and s.service in (:services)),"
                        + " (select count(*) from visit where author_member_id = :author"
                        + " and visited_at > :hourBefore and visited_at <= :at)")
                .setParameter("household", visit.getHouseholdId())
                .setParameter("day", java.sql.Date.valueOf(visit.getVisitedOn()))
                .setParameter("visit", visit.getId())
                .setParameter("services", services.isEmpty() ? List.of("") : services)
                .setParameter("author", visit.getAuthorMemberId())
                .setParameter(
                        "hourBefore", Timestamp.valueOf(visit.getVisitedAt().minusHours(1)))
                .setParameter("at", Timestamp.valueOf(visit.getVisitedAt()))
                .getSingleResult();
        return new Neighbours(((Number) counts[0]).longValue(), ((Number) counts[1]).longValue());
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
