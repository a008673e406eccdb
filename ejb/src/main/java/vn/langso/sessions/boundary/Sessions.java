package vn.langso.sessions.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.langso.accounts.boundary.Caller;
import vn.langso.accounts.boundary.CallerContext;
import vn.langso.kernel.AreaScope;
import vn.langso.kernel.BasicDigitalSkill;
import vn.langso.kernel.ConflictException;
import vn.langso.kernel.InvalidInputException;
import vn.langso.kernel.LocalDates;
import vn.langso.kernel.NotFoundException;
import vn.langso.kernel.OutreachService;
import vn.langso.kernel.PageRequest;
import vn.langso.kernel.SearchKey;
import vn.langso.learning.boundary.CatalogFilter;
import vn.langso.learning.boundary.CourseCard;
import vn.langso.learning.boundary.CourseCatalog;
import vn.langso.notifications.boundary.Notifier;
import vn.langso.org.boundary.MemberRef;
import vn.langso.org.boundary.OrgDirectory;
import vn.langso.org.boundary.TeamPlace;
import vn.langso.org.boundary.UnitRef;
import vn.langso.sessions.control.OccurrencePlanner;
import vn.langso.sessions.control.Recurrence;
import vn.langso.sessions.control.RecurrencePlan;
import vn.langso.sessions.control.ReminderPlanner;
import vn.langso.sessions.control.SessionRights;
import vn.langso.sessions.entity.OccurrenceStatus;
import vn.langso.sessions.entity.SessionOccurrence;
import vn.langso.sessions.entity.SessionSeries;

/**
 * Scheduling village sessions and reading them by date. Trainers and admins schedule anywhere; a team leader in his
 * team's area, for his team. Everyone reads the sessions of their area: trainers and admins all of them.
 */
@Stateless
@RolesAllowed({"ADMIN", "TRAINER", "COORDINATOR", "TEAM_LEADER", "MEMBER"})
public class Sessions {

    /** How far ahead a series' sessions exist as rows: a calendar a season ahead, reminders a day ahead. */
    public static final Period HORIZON = Period.ofDays(120);

    public static final String CANCELLED_KEY = "notifications.sessionCancelled";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    static final String VIEW = "select new vn.langso.sessions.boundary.OccurrenceView(o.id, s.id, s.title, o.unitId,"
            + " s.place, o.startsAt, o.endsAt, o.status, case when s.rrule is null then false else true end,"
            + " s.capacity, o.peopleAttended, o.householdsAttended)"
            + " from SessionOccurrence o join o.series s";

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerContext callers;

    @Inject
    OrgDirectory directory;

    @Inject
    OccurrencePlanner planner;

    @Inject
    ReminderPlanner reminders;

    @Inject
    SessionRights rights;

    @Inject
    Notifier notifier;

    @Inject
    CourseCatalog courses;

    @Inject
    Clock clock;

    @RolesAllowed({"ADMIN", "TRAINER", "TEAM_LEADER"})
    public List<OccurrenceView> schedule(SeriesDetails details) {
        Caller caller = callers.current();
        UnitRef unit =
                directory.unit(details.unitId()).orElseThrow(() -> new InvalidInputException("unit", "sessions.unit"));
        Long teamId = schedulingTeam(caller, unit);
        LocalDateTime now = LocalDates.nowInVietnam(clock);
        validate(details, now);
        RecurrencePlan plan = details.recurrence() == null ? RecurrencePlan.once() : details.recurrence();
        String rrule = plan.rrule(details.firstStart());
        SessionSeries series = new SessionSeries(unit.id(), teamId, caller.username(), now);
        series.describe(
                details.title().strip(),
                SearchKey.of(details.title()),
                names(details.services()),
                details.skills() == null || details.skills().isEmpty() ? null : names(details.skills()),
                details.courseId(),
                details.place().strip(),
                details.capacity(),
                details.facilitatorIds());
        series.schedule(details.firstStart(), details.durationMinutes(), rrule);
        em.persist(series);
        em.flush();
        // A series starting beyond the horizon has at least its first session planned.
        LocalDateTime horizon = now.plus(HORIZON);
        planner.extend(
                series,
                horizon.isAfter(details.firstStart())
                        ? horizon
                        : details.firstStart().plusDays(1));
        reminders.planFor(series.getId(), details.firstStart(), now);
        return em.createQuery(VIEW + " where s.id = :series order by o.startsAt", OccurrenceView.class)
                .setParameter("series", series.getId())
                .getResultList();
    }

    /**
     * The series of a session as the schedule form shows it, to change it from that session on: its first start is
     * that session's, its end the series' (or the sessions left of its count).
     */
    @RolesAllowed({"ADMIN", "TRAINER", "TEAM_LEADER"})
    public SeriesDetails detailsFrom(long occurrenceId) {
        SessionOccurrence from = em.find(SessionOccurrence.class, occurrenceId);
        if (from == null || !changeableByCaller(from)) {
            throw new NotFoundException();
        }
        SessionSeries series = from.getSeries();
        int left = Recurrence.startsBetween(
                        series.getFirstStart(),
                        series.getRrule(),
                        from.getRecurrenceStart(),
                        SessionSeries.PLANNED_FOR_GOOD)
                .size();
        return new SeriesDetails(
                series.getUnitId(),
                series.getTitle(),
                enums(OutreachService.class, series.getServices()),
                enums(BasicDigitalSkill.class, series.getSkills()),
                series.getCourseId(),
                series.getPlace(),
                series.getCapacity(),
                Set.copyOf(series.getFacilitators()),
                from.getStartsAt(),
                series.getDurationMinutes(),
                RecurrencePlan.of(series.getRrule(), left));
    }

    /**
     * "This and following": the series ends the day before the session, whose sessions from there on (cancelled or
     * moved ones too, but none anyone attended) make way for a new series as given. Answers the new series' sessions.
     */
    @RolesAllowed({"ADMIN", "TRAINER", "TEAM_LEADER"})
    public List<OccurrenceView> changeFollowing(long occurrenceId, SeriesDetails details) {
        SessionOccurrence from = editable(occurrenceId);
        SessionSeries series = from.getSeries();
        // Read again under the lock: the horizon job may have planned it further since it was loaded.
        em.refresh(series, LockModeType.PESSIMISTIC_WRITE);
        if (series.getRrule() == null) {
            throw new InvalidInputException("repeat", "sessions.following.notRepeating");
        }
        if (!from.getStartsAt().isAfter(LocalDates.nowInVietnam(clock))) {
            throw new InvalidInputException("firstStart", "sessions.following.begun");
        }
        LocalDateTime split = from.getRecurrenceStart();
        Number attended = (Number) em.createNativeQuery("select count(*) from session_occurrence"
                        + " where series_id = ? and recurrence_start >= ? and people_attended > 0")
                .setParameter(1, series.getId())
                .setParameter(2, split)
                .getSingleResult();
        if (attended.longValue() > 0) {
            throw new InvalidInputException("firstStart", "sessions.following.attended");
        }
        em.createNativeQuery("delete r from session_reminder r join session_occurrence o on o.id = r.occurrence_id"
                        + " where o.series_id = ? and o.recurrence_start >= ?")
                .setParameter(1, series.getId())
                .setParameter(2, split)
                .executeUpdate();
        em.createNativeQuery("delete from session_occurrence where series_id = ? and recurrence_start >= ?")
                .setParameter(1, series.getId())
                .setParameter(2, split)
                .executeUpdate();
        em.detach(from);
        if (split.equals(series.getFirstStart())) {
            em.remove(series);
        } else {
            series.endBefore(RecurrencePlan.endingBefore(series.getRrule(), split));
        }
        em.flush();
        return schedule(details);
    }

    /** The title of a course linked to a series, or null when it is no longer published. */
    @RolesAllowed({"ADMIN", "TRAINER", "TEAM_LEADER"})
    public String courseTitle(long courseId) {
        try {
            return courses.outline(courseId, false).title();
        } catch (NotFoundException unpublished) {
            return null;
        }
    }

    /** Published courses whose titles hold the words typed, to link to a series. */
    @RolesAllowed({"ADMIN", "TRAINER", "TEAM_LEADER"})
    public List<CourseCard> courseChoices(String text) {
        return courses.list(new CatalogFilter(text, null), PageRequest.first(8)).items();
    }

    /** Who may lead sessions in a unit the caller schedules in: the members of the teams in and around it. */
    @RolesAllowed({"ADMIN", "TRAINER", "TEAM_LEADER"})
    public List<MemberRef> facilitatorChoices(long unitId) {
        UnitRef unit = directory.unit(unitId).orElseThrow(NotFoundException::new);
        schedulingTeam(callers.current(), unit);
        return directory.membersAround(unit);
    }

    /** Where the caller may schedule: a trainer or admin anywhere (null), a team leader in his team's unit. */
    @RolesAllowed({"ADMIN", "TRAINER", "TEAM_LEADER"})
    public Optional<UnitRef> schedulingUnit() {
        Caller caller = callers.current();
        if (SessionRights.everywhere(caller)) {
            return Optional.empty();
        }
        return rights.ledTeamOf(caller).flatMap(team -> directory.unit(team.unitId()));
    }

    /** A unit by its code, if the caller may schedule there. */
    @RolesAllowed({"ADMIN", "TRAINER", "TEAM_LEADER"})
    public UnitRef unitToScheduleIn(String code) {
        UnitRef unit = directory
                .unitByCode(code == null ? "" : code.strip())
                .orElseThrow(() -> new InvalidInputException("unit", "sessions.unit"));
        schedulingTeam(callers.current(), unit);
        return unit;
    }

    /** A unit by its id, if the caller may schedule there. */
    @RolesAllowed({"ADMIN", "TRAINER", "TEAM_LEADER"})
    public UnitRef unitToScheduleIn(long unitId) {
        UnitRef unit = directory.unit(unitId).orElseThrow(() -> new InvalidInputException("unit", "sessions.unit"));
        schedulingTeam(callers.current(), unit);
        return unit;
    }

    /** Whether the caller may cancel or move the session (it is still on, and his to change). */
    public boolean mayChange(long occurrenceId) {
        SessionOccurrence occurrence = em.find(SessionOccurrence.class, occurrenceId);
        return occurrence != null
                && occurrence.getStatus() == OccurrenceStatus.SCHEDULED
                && changeableByCaller(occurrence);
    }

    /** One session of the caller's area. */
    public OccurrenceView occurrence(long occurrenceId) {
        OccurrenceView view = em.createQuery(VIEW + " where o.id = :id", OccurrenceView.class)
                .setParameter("id", occurrenceId)
                .getResultStream()
                .findFirst()
                .orElseThrow(NotFoundException::new);
        UnitRef unit = directory.unit(view.unitId()).orElseThrow(NotFoundException::new);
        if (!rights.readable(callers.current()).includes(unit.path())) {
            throw new NotFoundException();
        }
        return view;
    }

    /** One series of the caller's area, with its facilitators by name. */
    public SeriesView series(long seriesId) {
        SessionSeries series = em.find(SessionSeries.class, seriesId);
        UnitRef unit =
                series == null ? null : directory.unit(series.getUnitId()).orElse(null);
        if (unit == null || !rights.readable(callers.current()).includes(unit.path())) {
            throw new NotFoundException();
        }
        Map<Long, String> names = directory.memberNames(series.getFacilitators());
        return new SeriesView(
                series.getId(),
                series.getUnitId(),
                series.getTeamId(),
                series.getTitle(),
                enums(OutreachService.class, series.getServices()),
                enums(BasicDigitalSkill.class, series.getSkills()),
                series.getCourseId(),
                series.getPlace(),
                series.getCapacity(),
                series.getFirstStart(),
                series.getDurationMinutes(),
                series.getRrule(),
                names.entrySet().stream()
                        .map(member -> new MemberRef(member.getKey(), member.getValue()))
                        .sorted(Comparator.comparing(MemberRef::name))
                        .toList());
    }

    /** The sessions of the caller's area the filter keeps, starting in the window, earliest first. */
    public List<OccurrenceView> between(CalendarFilter filter, LocalDateTime from, LocalDateTime to) {
        AreaScope area = rights.readable(callers.current());
        AreaScope within = area;
        if (filter.unitId() != null) {
            UnitRef unit = directory.unit(filter.unitId()).orElseThrow(NotFoundException::new);
            if (!area.includes(unit.path())) {
                throw new NotFoundException();
            }
            within = AreaScope.subtreeOf(unit.path());
        }
        if (filter.teamId() != null
                && !directory
                        .team(filter.teamId())
                        .map(team -> area.includes(team.unitPath()))
                        .orElse(false)) {
            throw new NotFoundException();
        }
        List<Long> units = directory.unitIdsIn(within);
        if (units.isEmpty()) {
            return List.of();
        }
        var query = em.createQuery(
                        VIEW + " where o.unitId in :units and o.startsAt >= :from and o.startsAt < :to"
                                + (filter.teamId() == null ? "" : " and s.teamId = :team")
                                + (filter.facilitatorId() == null ? "" : " and :member member of s.facilitators")
                                + " order by o.startsAt, o.id",
                        OccurrenceView.class)
                .setParameter("units", units)
                .setParameter("from", from)
                .setParameter("to", to)
                .setMaxResults(2000);
        if (filter.teamId() != null) {
            query.setParameter("team", filter.teamId());
        }
        if (filter.facilitatorId() != null) {
            query.setParameter("member", filter.facilitatorId());
        }
        return query.getResultList();
    }

    /** Units, teams and members of the caller's area whose names hold the words typed, to narrow the calendar to. */
    public List<CalendarChoice> filterChoices(String text) {
        if (text == null || text.strip().length() < 2) {
            return List.of();
        }
        AreaScope area = rights.readable(callers.current());
        List<CalendarChoice> choices = new ArrayList<>();
        directory
                .unitsMatching(area, text, 6)
                .forEach(unit -> choices.add(new CalendarChoice(
                        CalendarChoice.Kind.UNIT,
                        unit.id(),
                        unit.parentName() == null ? unit.name() : unit.name() + " — " + unit.parentName())));
        directory
                .teamsMatching(area, text, 5)
                .forEach(team -> choices.add(new CalendarChoice(
                        CalendarChoice.Kind.TEAM, team.teamId(), team.teamName() + " — " + team.unitName())));
        directory
                .membersMatching(area, text, 5)
                .forEach(member ->
                        choices.add(new CalendarChoice(CalendarChoice.Kind.FACILITATOR, member.id(), member.name())));
        return choices;
    }

    /**
     * The sessions whose attendance the caller records, from a week ago to two weeks ahead, earliest first: the ones
     * he facilitates or his team's (a team leader), or the ones he scheduled (a trainer or admin).
     */
    public List<OccurrenceView> toRecord() {
        Caller caller = callers.current();
        LocalDateTime now = LocalDates.nowInVietnam(clock);
        Long team = rights.ledTeamOf(caller).map(TeamPlace::teamId).orElse(null);
        String whose = SessionRights.everywhere(caller)
                ? "s.createdBy = :username"
                : "(:member member of s.facilitators" + (team != null ? " or s.teamId = :team)" : ")");
        var query = em.createQuery(
                        VIEW + " where " + whose
                                + " and o.startsAt >= :from and o.startsAt < :to order by o.startsAt, o.id",
                        OccurrenceView.class)
                .setParameter("from", now.minusDays(7).toLocalDate().atStartOfDay())
                .setParameter("to", now.plusDays(15).toLocalDate().atStartOfDay())
                .setMaxResults(500);
        if (SessionRights.everywhere(caller)) {
            query.setParameter("username", caller.username());
        } else {
            query.setParameter("member", caller.memberId() == null ? -1L : caller.memberId());
            if (team != null) {
                query.setParameter("team", team);
            }
        }
        return query.getResultList();
    }

    @RolesAllowed({"ADMIN", "TRAINER", "TEAM_LEADER"})
    public OccurrenceView cancel(long occurrenceId, String reason) {
        SessionOccurrence occurrence = editable(occurrenceId);
        occurrence.cancel(reason == null || reason.isBlank() ? null : reason.strip());
        reminders.cancelled(occurrenceId);
        for (long facilitator : occurrence.getSeries().getFacilitators()) {
            notifier.notifyOnce(
                    facilitator,
                    "session-cancelled:" + occurrenceId + ":" + facilitator,
                    CANCELLED_KEY,
                    List.of(occurrence.getSeries().getTitle(), WHEN.format(occurrence.getStartsAt())),
                    SessionReminders.LINK);
        }
        return view(occurrenceId);
    }

    @RolesAllowed({"ADMIN", "TRAINER", "TEAM_LEADER"})
    public OccurrenceView move(long occurrenceId, LocalDateTime newStart) {
        SessionOccurrence occurrence = editable(occurrenceId);
        LocalDateTime now = LocalDates.nowInVietnam(clock);
        if (newStart == null || newStart.isBefore(now)) {
            throw new InvalidInputException("startsAt", "sessions.startInThePast");
        }
        occurrence.moveTo(newStart);
        em.flush();
        reminders.moved(occurrenceId, now);
        return view(occurrenceId);
    }

    private OccurrenceView view(long occurrenceId) {
        em.flush();
        return em.createQuery(VIEW + " where o.id = :id", OccurrenceView.class)
                .setParameter("id", occurrenceId)
                .getSingleResult();
    }

    /** A session the caller may change, locked: a trainer's or admin's anywhere, a team leader's of his team's series. */
    private SessionOccurrence editable(long occurrenceId) {
        SessionOccurrence occurrence = em.find(SessionOccurrence.class, occurrenceId, LockModeType.PESSIMISTIC_WRITE);
        if (occurrence == null || !changeableByCaller(occurrence)) {
            throw new NotFoundException();
        }
        if (occurrence.getStatus() == OccurrenceStatus.CANCELLED) {
            throw new InvalidInputException("status", "sessions.cancelled");
        }
        if (occurrence.getPeopleAttended() > 0) {
            // Who came was counted on that day (coverage, certification): a session held stays where it was.
            throw new ConflictException("sessions.alreadyHeld");
        }
        return occurrence;
    }

    private boolean changeableByCaller(SessionOccurrence occurrence) {
        return rights.mayChange(callers.current(), occurrence.getSeries());
    }

    /** Null for a trainer or admin; a team leader schedules for his team, inside its area. */
    private Long schedulingTeam(Caller caller, UnitRef unit) {
        if (SessionRights.everywhere(caller)) {
            return null;
        }
        TeamPlace team = rights.ledTeamOf(caller).orElseThrow(NotFoundException::new);
        if (!unit.path().startsWith(team.unitPath())) {
            throw new NotFoundException();
        }
        return team.teamId();
    }

    private void validate(SeriesDetails details, LocalDateTime now) {
        if (details.title() == null
                || details.title().isBlank()
                || details.title().strip().length() > 200) {
            throw new InvalidInputException("title", "sessions.title");
        }
        if (details.place() == null
                || details.place().isBlank()
                || details.place().strip().length() > 200) {
            throw new InvalidInputException("place", "sessions.place");
        }
        if (details.services() == null || details.services().isEmpty()) {
            throw new InvalidInputException("services", "sessions.services");
        }
        if (details.capacity() != null && (details.capacity() < 1 || details.capacity() > 1000)) {
            throw new InvalidInputException("capacity", "sessions.capacity");
        }
        if (details.durationMinutes() < 15 || details.durationMinutes() > 720) {
            throw new InvalidInputException("durationMinutes", "sessions.duration");
        }
        if (details.firstStart() == null || details.firstStart().isBefore(now)) {
            throw new InvalidInputException("firstStart", "sessions.startInThePast");
        }
        if (details.courseId() != null) {
            try {
                courses.outline(details.courseId(), false);
            } catch (NotFoundException unpublished) {
                throw new InvalidInputException("courseId", "sessions.course");
            }
        }
        Set<Long> facilitators = details.facilitatorIds() == null ? Set.of() : details.facilitatorIds();
        if (facilitators.isEmpty() || directory.memberNames(facilitators).size() != facilitators.size()) {
            throw new InvalidInputException("facilitators", "sessions.facilitators");
        }
    }

    private static <E extends Enum<E>> Set<E> enums(Class<E> type, String names) {
        return names == null || names.isBlank()
                ? Set.of()
                : Arrays.stream(names.split(","))
                        .map(name -> Enum.valueOf(type, name))
                        .collect(Collectors.toSet());
    }

    private static String names(Collection<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }
}
